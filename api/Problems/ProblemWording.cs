using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>Words refusals in the request's language (its UI culture, set by request localization from <c>Accept-Language</c>).</summary>
public sealed partial class ProblemWording(IStringLocalizer<Messages> messages)
{
    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    public string Word(Refusal refusal) => Fill(Lookup(refusal.Code) ?? refusal.Code, refusal.Parameters);

    public string Word(string code, params (string Name, object? Value)[] parameters) => Word(Refusal.Of(code, parameters));

    public string Title(string key) => Lookup("title." + key) ?? key;

    public string Label(string field) => Lookup("field." + field) ?? field;

    /// <summary>Every field's messages as one sentence list: "Label: message. Label: message."</summary>
    public string Summary(IReadOnlyDictionary<string, string[]> fields) =>
        Word(ProblemCodes.Validation, ("problems", string.Join(" ", fields.SelectMany(f => f.Value.Select(m => $"{Label(f.Key)}: {Lowered(m)}")))));

    private string Fill(string template, IReadOnlyDictionary<string, string> parameters) =>
        Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (!parameters.TryGetValue(name, out var value))
            {
                return match.Value;
            }
            // A parameter whose value has words of its own (a role, a stage, an action) is worded too.
            return Lookup($"value.{name}.{value}") is { } worded ? Fill(worded, parameters) : value;
        });

    private string? Lookup(string key)
    {
        var found = messages[key];
        return found.ResourceNotFound ? null : found.Value;
    }

    // "Es obligatorio." after "Nombres:" reads "Nombres: es obligatorio."; quoted values and codes keep their case.
    private static string Lowered(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && char.IsLower(message[1]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;
}
