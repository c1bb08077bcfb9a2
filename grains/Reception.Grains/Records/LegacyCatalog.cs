using Orleans.Storage;
using Reception.Contracts.Catalog;
using Reception.Contracts.Points;
using Reception.Grains.Catalog;

namespace Reception.Grains.Records;

/// <summary>The points' time zones as the catalog grain stored them in <c>OrleansStorage</c> (state name <see cref="StateName"/>).</summary>
public static class LegacyCatalog
{
    /// <summary>The <c>GrainTypeString</c> of the catalog's row.</summary>
    public const string StateName = "catalog";

    /// <summary>Time zone ids by point code from the catalog's stored payload; empty when there is none.</summary>
    public static IReadOnlyDictionary<string, string> PointZones(BinaryData? payload, IGrainStorageSerializer legacy)
    {
        var catalog = payload is null ? null : legacy.Deserialize<CatalogState>(payload);
        return (catalog?.Points.Values ?? Enumerable.Empty<PointProfile>())
            .Where(p => !string.IsNullOrWhiteSpace(p.TimeZoneId))
            .ToDictionary(p => p.Code, p => p.TimeZoneId, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The zone of a point: the stored catalog's, else the shipped catalog's, else UTC.</summary>
    public static string ZoneOf(string pointCode, IReadOnlyDictionary<string, string> pointZones) =>
        pointZones.TryGetValue(pointCode, out var zone) ? zone
        : DemoCatalog.Points.FirstOrDefault(p => string.Equals(p.Code, pointCode, StringComparison.OrdinalIgnoreCase))?.TimeZoneId
        ?? "UTC";
}
