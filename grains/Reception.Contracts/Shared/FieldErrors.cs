namespace Reception.Contracts.Shared;

/// <summary>
/// Collects every problem with a request or command, by field (the camelCase names of the API's JSON), so the
/// person sees all of them at once. The one collector of the API and the grains.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<Refusal>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public FieldErrors Add(string field, string code, params (string Name, object? Value)[] parameters) =>
        Add(field, Refusal.Of(code, parameters));

    public FieldErrors Add(string field, Refusal refusal)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(refusal);
        return this;
    }

    public FieldErrors AddIf(bool condition, string field, string code, params (string Name, object? Value)[] parameters) =>
        condition ? Add(field, code, parameters) : this;

    /// <summary>Required text within <paramref name="max"/> characters after trimming (optional unless <paramref name="required"/>).</summary>
    public FieldErrors Text(string field, string? value, int max, bool required = false)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return AddIf(required, field, ProblemCodes.Required);
        }
        return AddIf(trimmed.Length > max, field, ProblemCodes.TooLong, ("max", max), ("length", trimmed.Length));
    }

    /// <summary>A value that must be given (the API's check for fields a command cannot leave out).</summary>
    public FieldErrors Required<T>(string field, T? value) =>
        AddIf(value is null || value is string text && string.IsNullOrWhiteSpace(text), field, ProblemCodes.Required);

    public FieldErrors Range(string field, int? value, int min, int max) =>
        AddIf(value is { } v && (v < min || v > max), field, ProblemCodes.OutOfRange, ("min", min), ("max", max), ("value", value));

    /// <summary>A number with no upper bound of its own (a cursor, a sequence).</summary>
    public FieldErrors AtLeast(string field, long? value, long min) =>
        AddIf(value is { } v && v < min, field, ProblemCodes.TooSmall, ("min", min), ("value", value));

    public FieldErrors Count<T>(string field, IReadOnlyCollection<T>? values, int max) =>
        AddIf(values is not null && values.Count > max, field, ProblemCodes.TooMany, ("max", max), ("count", values?.Count));

    public FieldErrors Known<TEnum>(string field, TEnum value) where TEnum : struct, Enum =>
        AddIf(!Enum.IsDefined(value), field, ProblemCodes.NotOneOf, ("value", value), ("accepted", AcceptedValues.Of<TEnum>()));

    public FieldErrors Known<TEnum>(string field, TEnum? value) where TEnum : struct, Enum =>
        value is { } known ? Known(field, known) : this;

    public FieldErrors AllKnown<TEnum>(string field, IEnumerable<TEnum>? values) where TEnum : struct, Enum =>
        AddIf((values ?? []).Any(v => !Enum.IsDefined(v)), field, ProblemCodes.NotOneOf,
            ("value", (values ?? []).FirstOrDefault(v => !Enum.IsDefined(v))), ("accepted", AcceptedValues.Of<TEnum>()));

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw ReceptionException.Invalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}
