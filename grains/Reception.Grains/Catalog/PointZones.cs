namespace Reception.Grains.Catalog;

/// <summary>A point's IANA time zone as its profile in the catalog gives it: the one owner of which clock a point's moments read.</summary>
internal static class PointZones
{
    /// <summary>Null for a code the catalog does not know.</summary>
    public static async ValueTask<string?> ZoneOfAsync(this ICatalogCache catalog, string pointCode) =>
        (await catalog.FindPointAsync(pointCode))?.TimeZoneId;
}
