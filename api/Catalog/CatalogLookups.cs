using Reception.Contracts.Shared;

namespace Reception.Api.Catalog;

/// <summary>
/// Point codes and program ids in routes and hub calls: refused with 404 when the catalog has no such point or
/// program, so no grain is activated for a typo.
/// </summary>
public static class CatalogLookups
{
    /// <summary>The point's code, upper-cased.</summary>
    public static async Task<string> RequireKnownAsync(this CatalogReader catalog, string code)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var snapshot = await catalog.GetAsync();
        if (!snapshot.Points.Any(p => string.Equals(p.Code, normalized, StringComparison.Ordinal)))
        {
            throw ReceptionException.NotFound(ProblemCodes.PointNotFound, ("point", code));
        }
        return normalized;
    }

    public static async Task RequireKnownProgramAsync(this CatalogReader catalog, string id)
    {
        var snapshot = await catalog.GetAsync();
        if (!snapshot.Programs.Any(p => string.Equals(p.Id, id, StringComparison.Ordinal)))
        {
            throw ReceptionException.NotFound(ProblemCodes.ProgramNotFound, ("program", id));
        }
    }
}
