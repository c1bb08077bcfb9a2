using System.Globalization;
using Reception.Contracts.Shared;

namespace Reception.Api.History;

/// <summary>
/// The <c>from</c> and <c>to</c> query parameters of the daily figures: both required, each a <c>YYYY-MM-DD</c>
/// day. Whether the range itself is acceptable is the history grain's to say.
/// </summary>
public static class DayRange
{
    public static (DateOnly From, DateOnly To) Parse(string? from, string? to)
    {
        var errors = new FieldErrors();
        var first = Day(errors, "from", from);
        var last = Day(errors, "to", to);
        errors.ThrowIfAny();
        return (first, last);
    }

    private static DateOnly Day(FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, ProblemCodes.Required);
            return default;
        }
        return Optional(errors, field, value) ?? default;
    }

    /// <summary>A <c>YYYY-MM-DD</c> query parameter that may be left out (null).</summary>
    public static DateOnly? Optional(FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add(field, ProblemCodes.WrongType, ("expected", "date"));
        }
        return day;
    }
}
