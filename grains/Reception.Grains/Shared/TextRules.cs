using System.Text.RegularExpressions;

namespace Reception.Grains.Shared;

internal static partial class TextRules
{
    [GeneratedRegex(Patterns.Name)]
    private static partial Regex NameCharacters();

    /// <summary>A required name of at most <see cref="Limits.NameLength"/> characters after trimming, in <see cref="Patterns.Name"/>.</summary>
    public static FieldErrors Name(this FieldErrors errors, string field, string? value)
    {
        var trimmed = value?.Trim() ?? "";
        errors.Text(field, trimmed, Limits.NameLength, required: true);
        // A digit is the usual sign of a desk typing a placeholder for a person with no name: point to the right option.
        return errors.AddIf(trimmed.Length > 0 && !NameCharacters().IsMatch(trimmed), field,
            trimmed.Any(char.IsDigit) ? ProblemCodes.NameHasDigit : ProblemCodes.NameCharacters, ("value", trimmed));
    }

    /// <summary>One of the 32 states (case and accents folded); null, with the error added, when it is not.</summary>
    public static string? State(this FieldErrors errors, string field, string? value)
    {
        var state = MexicanStates.Normalize(value);
        errors.AddIf(state is null && !string.IsNullOrWhiteSpace(value), field, ProblemCodes.NotAState, ("value", value?.Trim()));
        errors.AddIf(string.IsNullOrWhiteSpace(value), field, ProblemCodes.Required);
        return state;
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
