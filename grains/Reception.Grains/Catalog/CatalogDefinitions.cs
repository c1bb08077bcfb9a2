using Reception.Contracts.Catalog;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Grains.Points;
using Reception.Grains.Programs;

namespace Reception.Grains.Catalog;

/// <summary>
/// Turns an administrator's definitions into profiles, collecting every problem by field (after <c>prefix</c>): the fields
/// a definition cannot leave out, then the point's and program's own rules.
/// </summary>
internal static class CatalogDefinitions
{
    public static PointProfile Point(FieldErrors errors, PointDefinition d, PointProfile? existing, string prefix = "")
    {
        // Name and city are required by the point's own rules.
        errors.Required(prefix + "code", d.Code).Required(prefix + "state", d.State).Required(prefix + "kind", d.Kind).Required(prefix + "timeZone", d.TimeZone)
            .Required(prefix + "capacity", d.Capacity);
        if (d.Capacity is { } c)
        {
            errors.Required(prefix + "capacity.shelterBeds", c.ShelterBeds).Required(prefix + "capacity.intakeDesks", c.IntakeDesks);
        }
        var profile = d.ToProfile(existing);
        errors.Profile(profile, prefix);
        return profile;
    }

    public static ProgramProfile Program(FieldErrors errors, ProgramDefinition d, ProgramProfile? existing, ISet<string> knownPoints, string prefix = "")
    {
        errors.Required(prefix + "id", d.Id).Required(prefix + "category", d.Category).Required(prefix + "dailyCapacity", d.DailyCapacity);
        var profile = ProgramRules.Check(errors, d.ToProfile(existing), prefix);
        foreach (var code in profile.Points.Where(p => PointRules.Code().IsMatch(p) && !knownPoints.Contains(p)))
        {
            errors.Add(prefix + "points", ProblemCodes.PointNotFound, ("point", code));
        }
        return profile;
    }

    public static string Code(string? code) => code?.Trim().ToUpperInvariant() ?? "";
}
