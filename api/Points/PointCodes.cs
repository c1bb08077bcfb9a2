using Reception.Api.Catalog;
using Reception.Contracts.Shared;

namespace Reception.Api.Points;

/// <summary>Point codes in routes: upper-cased, and refused with 404 when no such point is configured (so no grain is activated for a typo).</summary>
public static class PointCodes
{
    public static async Task<string> RequireKnownAsync(this CatalogReader catalog, string code)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var snapshot = await catalog.GetAsync();
        if (!snapshot.Points.Any(p => string.Equals(p.Code, normalized, StringComparison.Ordinal)))
        {
            throw ReceptionException.NotFound($"There is no reception point with code '{code}'.");
        }
        return normalized;
    }
}
