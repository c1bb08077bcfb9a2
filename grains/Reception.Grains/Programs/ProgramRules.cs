using System.Text.RegularExpressions;
using Reception.Contracts.Programs;
using Reception.Grains.Points;
using Reception.Grains.Shared;

namespace Reception.Grains.Programs;

internal static partial class ProgramRules
{
    /// <summary>
    /// A program's "today" (its counters and its daily capacity) runs on central Mexico time, the country's
    /// reference: most programs serve points in several zones, and a UTC day would reset at 18:00 in the afternoon.
    /// </summary>
    public const string DayTimeZone = "America/Mexico_City";

    public static DateOnly Day(DateTimeOffset at) => LocalTime.Date(DayTimeZone, at);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Id();

    /// <summary>Validates and returns the profile with point codes upper-cased and state names canonical.</summary>
    public static ProgramProfile Validate(ProgramProfile profile, string key)
    {
        var errors = new FieldErrors();
        errors.AddIf(profile.Id != key, "id", $"The profile's id '{profile.Id}' does not match the program '{key}'.");
        errors.AddIf(!Id().IsMatch(profile.Id ?? "") || profile.Id!.Length > 60, "id", $"Program id '{profile.Id}' must be lower-case kebab case, at most 60 characters.");
        errors.AddIf(TextRules.TextProblem("Name", profile.Name, 150, required: true) is not null, "name", "The program's name must have 1 to 150 characters.");
        errors.AddIf(TextRules.TextProblem("Provider", profile.Provider, 150, required: true) is not null, "provider", "The provider must have 1 to 150 characters.");
        errors.AddIf(!Enum.IsDefined(profile.Category), "category", $"Category '{profile.Category}' is not known.");
        errors.AddIf(profile.DailyCapacity is < 0 or > PointRules.MaxCapacity, "dailyCapacity", $"Daily capacity must be between 0 and {PointRules.MaxCapacity}, not {profile.DailyCapacity}.");
        var points = (profile.Points ?? []).Select(p => p.Trim().ToUpperInvariant()).Distinct().ToList();
        foreach (var code in points.Where(p => !PointRules.Code().IsMatch(p)))
        {
            errors.Add("points", $"'{code}' is not a point code.");
        }
        var states = new List<string>();
        foreach (var state in profile.DestinationStates ?? [])
        {
            if (MexicanStates.Normalize(state) is { } canonical)
            {
                states.Add(canonical);
            }
            else
            {
                errors.Add("destinationStates", $"'{state}' is not one of the 32 Mexican states.");
            }
        }
        errors.AddIf(points.Count == 0 && states.Count == 0, "points", "A program must serve at least one point or destination state.");
        errors.ThrowIfAny();
        return profile with { Name = profile.Name.Trim(), Provider = profile.Provider.Trim(), Points = points, DestinationStates = states.Distinct().ToList() };
    }
}
