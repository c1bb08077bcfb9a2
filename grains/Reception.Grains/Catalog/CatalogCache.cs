using Reception.Contracts.Catalog;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Grains.Catalog;

internal sealed class CatalogCache(IGrainFactory grains) : ICatalogCache, IDisposable
{
    // Freshness is infrastructure timing, not domain time: measured on the monotonic tick count so a test's
    // frozen clock cannot freeze the cache.
    private const long RefreshAfterMs = 30_000;
    private const long MissRefreshAfterMs = 500;

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CatalogSnapshot? _snapshot;
    private long _loadedAt;
    private Dictionary<string, PointProfile> _points = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, ProgramProfile> _programs = new(StringComparer.Ordinal);

    public void Dispose() => _refresh.Dispose();

    public async ValueTask<CatalogSnapshot> GetAsync()
    {
        var snapshot = _snapshot;
        if (snapshot is not null && Environment.TickCount64 - Interlocked.Read(ref _loadedAt) < RefreshAfterMs)
        {
            return snapshot;
        }
        return await RefreshAsync(snapshot);
    }

    public async ValueTask<PointProfile?> FindPointAsync(string code)
    {
        await GetAsync();
        if (_points.TryGetValue(code, out var point))
        {
            return point;
        }
        await RefreshOnMissAsync();
        return _points.GetValueOrDefault(code);
    }

    public async ValueTask<ProgramProfile?> FindProgramAsync(string id)
    {
        await GetAsync();
        if (_programs.TryGetValue(id, out var program))
        {
            return program;
        }
        await RefreshOnMissAsync();
        return _programs.GetValueOrDefault(id);
    }

    public void Invalidate() => _snapshot = null;

    private async ValueTask RefreshOnMissAsync()
    {
        if (Environment.TickCount64 - Interlocked.Read(ref _loadedAt) >= MissRefreshAfterMs)
        {
            await RefreshAsync(_snapshot);
        }
    }

    private async Task<CatalogSnapshot> RefreshAsync(CatalogSnapshot? seen)
    {
        await _refresh.WaitAsync();
        try
        {
            // Another caller may have refreshed while this one waited.
            if (_snapshot is { } current && !ReferenceEquals(current, seen))
            {
                return current;
            }
            var snapshot = await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).Get();
            _points = snapshot.Points.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
            _programs = snapshot.Programs.ToDictionary(p => p.Id, StringComparer.Ordinal);
            Interlocked.Exchange(ref _loadedAt, Environment.TickCount64);
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
