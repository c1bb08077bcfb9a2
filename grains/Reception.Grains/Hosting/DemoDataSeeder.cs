using Microsoft.Extensions.Logging;
using Reception.Contracts.Catalog;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Grains.Hosting;

/// <summary>
/// Configures the demo points and programs (<see cref="DemoCatalog"/>) once the silo is active. Idempotent: anything
/// already in the catalog is left as it is, so a manager's later changes survive restarts.
/// </summary>
public sealed partial class DemoDataSeeder(IGrainFactory grains, ILogger<DemoDataSeeder> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DemoDataSeeder), ServiceLifecycleStage.Active, async ct =>
        {
            var (points, programs) = await SeedAsync(grains, ct);
            LogSeeded(logger, points, programs);
        });

    /// <summary>Seeds what is missing; returns how many points and programs were configured.</summary>
    public static async Task<(int Points, int Programs)> SeedAsync(IGrainFactory grains, CancellationToken cancellationToken = default)
    {
        var existing = await grains.GetGrain<ICatalogGrain>(ICatalogGrain.Key).Get();
        var points = DemoCatalog.Points.Where(p => existing.Points.All(e => e.Code != p.Code)).ToList();
        var programs = DemoCatalog.Programs.Where(p => existing.Programs.All(e => e.Id != p.Id)).ToList();
        foreach (var point in points)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await grains.GetGrain<IReceptionPointGrain>(point.Code).Configure(point);
        }
        foreach (var program in programs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await grains.GetGrain<IProgramGrain>(program.Id).Configure(program);
        }
        return (points.Count, programs.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: configured {Points} points and {Programs} programs that were missing.")]
    private static partial void LogSeeded(ILogger logger, int points, int programs);
}
