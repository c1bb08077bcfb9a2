using Reception.Contracts.Catalog;

namespace Reception.Api.Catalog;

/// <summary>The catalog of points and programs, read from its grain and kept for a few seconds (it changes only when an operator configures a point or program).</summary>
public sealed class CatalogReader(IClusterClient cluster, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private (CatalogSnapshot Snapshot, DateTimeOffset ReadAt)? _cached;

    public async Task<CatalogSnapshot> GetAsync()
    {
        var current = _cached;
        var now = time.GetUtcNow();
        if (current is { } hit && now - hit.ReadAt < MaxAge)
        {
            return hit.Snapshot;
        }
        var snapshot = await cluster.GetGrain<ICatalogGrain>(ICatalogGrain.Key).Get();
        _cached = (snapshot, now);
        return snapshot;
    }

    /// <summary>After this host changed the catalog, its next read sees the change.</summary>
    public void Invalidate() => _cached = null;
}
