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

    [GeneratedRegex(Patterns.ProgramId)]
    private static partial Regex Id();

    /// <summary>Profiles are records, but their lists compare by reference: this compares them by content.</summary>
    public static bool Same(ProgramProfile a, ProgramProfile b) =>
        a with { Points = [], DestinationStates = [] } == b with { Points = [], DestinationStates = [] }
        && a.Points.SequenceEqual(b.Points) && a.DestinationStates.SequenceEqual(b.DestinationStates);

    /// <summary>Validates and returns the profile with point codes upper-cased and state names canonical.</summary>
    public static ProgramProfile Validate(ProgramProfile profile, string key)
    {
        var errors = new FieldErrors()
            .AddIf(profile.Id != key, "id", ProblemCodes.ProfileKeyMismatch, ("value", profile.Id), ("key", key));
        var normalized = Check(errors, profile);
        errors.ThrowIfAny();
        return normalized;
    }

    /// <summary>
    /// Adds a program's problems to <paramref name="errors"/>, its fields named after <paramref name="prefix"/>
    /// (<c>programs[3].</c> in a catalog file), and returns it normalised.
    /// </summary>
    public static ProgramProfile Check(FieldErrors errors, ProgramProfile profile, string prefix = "")
    {
        errors
            .AddIf(!Id().IsMatch(profile.Id ?? "") || profile.Id!.Length > Limits.ProgramIdLength, prefix + "id", ProblemCodes.NotProgramId, ("value", profile.Id), ("max", Limits.ProgramIdLength))
            .Text(prefix + "name", profile.Name, Limits.ProgramNameLength, required: true)
            .Text(prefix + "provider", profile.Provider, Limits.ProgramNameLength, required: true)
            .Text(prefix + "description", profile.Description, Limits.NoteLength)
            .Known(prefix + "category", profile.Category)
            .Range(prefix + "dailyCapacity", profile.DailyCapacity, 0, Limits.MaxCapacity)
            .Range(prefix + "reunificationTargetHours", profile.ReunificationTargetHours, 1, Limits.MaxReunificationTargetHours);
        var points = (profile.Points ?? []).Select(p => p.Trim().ToUpperInvariant()).Distinct().ToList();
        foreach (var code in points.Where(p => !PointRules.Code().IsMatch(p)))
        {
            errors.Add(prefix + "points", ProblemCodes.NotPointCode, ("value", code));
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
                errors.Add(prefix + "destinationStates", ProblemCodes.NotAState, ("value", state));
            }
        }
        errors.AddIf(points.Count == 0 && states.Count == 0, prefix + "points", ProblemCodes.ProgramServesNothing);
        return profile with
        {
            Name = profile.Name?.Trim() ?? "", Provider = profile.Provider?.Trim() ?? "", Description = TextRules.Clean(profile.Description),
            Points = points, DestinationStates = states.Distinct().ToList(),
        };
    }
}
