using Reception.Contracts.Catalog;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Grains.Catalog;

/// <summary>A silo-wide copy of the catalog so arrivals never call the catalog grain.</summary>
public interface ICatalogCache
{
    ValueTask<CatalogSnapshot> GetAsync();

    /// <summary>Null when the point is not configured (after one refresh on a miss).</summary>
    ValueTask<PointProfile?> FindPointAsync(string code);

    ValueTask<ProgramProfile?> FindProgramAsync(string id);

    void Invalidate();
}
