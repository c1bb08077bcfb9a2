namespace Reception.Contracts.Shared;

/// <summary>
/// One reason a command or read was refused: a stable <see cref="Code"/> (the key of its worded message in the
/// API's resource files) and the values the message names. Nothing here is worded: the API words it in the
/// caller's language.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.refusal")]
public sealed record Refusal(
    [property: Id(0)] string Code,
    [property: Id(1)] IReadOnlyDictionary<string, string> Parameters)
{
    public static Refusal Of(string code, params (string Name, object? Value)[] parameters) =>
        new(code, parameters.Where(p => p.Value is not null)
            .ToDictionary(p => p.Name, p => Text(p.Value!), StringComparer.Ordinal));

    /// <summary>An English rendering for logs and exception messages; people read the worded message.</summary>
    public override string ToString() =>
        Parameters.Count == 0 ? Code : $"{Code}({string.Join(", ", Parameters.Select(p => $"{p.Key}={p.Value}"))})";

    /// <summary>A value as refusals and recorded facts write it: days as YYYY-MM-DD, enums by their API names, numbers invariant.</summary>
    public static string Text(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset at => at.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
        Enum e => AcceptedValues.NameOf(e),
        bool flag => flag ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
