using System.Globalization;
using Reception.Contracts.Catalog;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Grains.Catalog;

/// <summary>What changed between two versions of a point or program, field by field, in the API's field names.</summary>
internal static class CatalogChanges
{
    public static (CatalogAction Action, IReadOnlyList<FieldChange> Changes) Of(PointProfile? old, PointProfile now) =>
        Compare(old is null ? null : Fields(old), Fields(now), old?.Active, now.Active);

    public static (CatalogAction Action, IReadOnlyList<FieldChange> Changes) Of(ProgramProfile? old, ProgramProfile now) =>
        Compare(old is null ? null : Fields(old), Fields(now), old?.Active, now.Active);

    private static (CatalogAction, IReadOnlyList<FieldChange>) Compare(
        IReadOnlyList<(string Field, string? Value)>? old, IReadOnlyList<(string Field, string? Value)> now, bool? wasActive, bool isActive)
    {
        var changes = now
            .Select((field, i) => new FieldChange(field.Field, old?[i].Value, field.Value))
            .Where(c => old is null ? c.New is not null : c.Old != c.New)
            .ToList();
        var action = old is null ? CatalogAction.Created
            : changes.Count == 0 ? CatalogAction.Unchanged
            : wasActive == true && !isActive ? CatalogAction.Deactivated
            : wasActive == false && isActive ? CatalogAction.Reactivated
            : CatalogAction.Updated;
        return (action, changes);
    }

    private static IReadOnlyList<(string, string?)> Fields(PointProfile p) =>
    [
        ("code", p.Code), ("name", p.Name), ("city", p.City), ("state", p.State), ("kind", Word(p.Kind)), ("timeZone", p.TimeZoneId),
        ("capacity.shelterBeds", Number(p.Capacity.ShelterBeds)), ("capacity.intakeDesks", Number(p.Capacity.IntakeDesks)),
        ("capacity.usualDailyArrivals", Number(p.Capacity.UsualDailyArrivals)), ("active", Flag(p.Active)),
    ];

    private static IReadOnlyList<(string, string?)> Fields(ProgramProfile p) =>
    [
        ("id", p.Id), ("name", p.Name), ("category", Word(p.Category)), ("provider", p.Provider), ("points", string.Join(", ", p.Points)),
        ("destinationStates", string.Join(", ", p.DestinationStates)), ("dailyCapacity", Number(p.DailyCapacity)), ("description", p.Description),
        ("reunificationTargetHours", p.ReunificationTargetHours is { } hours ? Number(hours) : null), ("active", Flag(p.Active)),
    ];

    private static string Word<TEnum>(TEnum value) where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";
}
