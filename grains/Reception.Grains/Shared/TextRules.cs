using System.Text.RegularExpressions;

namespace Reception.Grains.Shared;

internal static partial class TextRules
{
    public const int MaxNameLength = 100;

    [GeneratedRegex(@"^[\p{L}\p{M} '\-./]+$")]
    private static partial Regex NameCharacters();

    /// <summary>Null when the trimmed name is acceptable, otherwise the reason.</summary>
    public static string? NameProblem(string label, string? value)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return $"{label} is required.";
        }
        if (trimmed.Length > MaxNameLength)
        {
            return $"{label} must be at most {MaxNameLength} characters after trimming, it has {trimmed.Length}.";
        }
        return NameCharacters().IsMatch(trimmed)
            ? null
            : $"{label} '{trimmed}' may contain only letters, spaces and the characters ' - . /";
    }

    /// <summary>Null when the optional free text fits, otherwise the reason.</summary>
    public static string? TextProblem(string label, string? value, int max, bool required = false)
    {
        var trimmed = value?.Trim() ?? "";
        if (required && trimmed.Length == 0)
        {
            return $"{label} is required.";
        }
        return trimmed.Length > max ? $"{label} must be at most {max} characters, it has {trimmed.Length}." : null;
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
