using Microsoft.AspNetCore.SignalR;
using Reception.Contracts.Catalog;

namespace Reception.Api.LiveFeed;

/// <summary>
/// Tells every open dashboard that the catalog changed (<c>catalogChanged</c> with its new version), whoever changed it:
/// an administrator on any API host or the <c>catalog import</c> command. It watches the catalog's version, a read of a
/// snapshot the catalog grain keeps in memory, once a second.
/// </summary>
public sealed partial class CatalogChangeFeed(IClusterClient cluster, IHubContext<OperationsHub> hub, ILogger<CatalogChangeFeed> logger) : BackgroundService
{
    public const string CatalogChanged = "catalogChanged";
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? seen = null;
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var version = (await cluster.GetGrain<ICatalogGrain>(ICatalogGrain.Key).Get()).Version;
                if (seen is { } before && version != before)
                {
                    await hub.Clients.All.SendAsync(CatalogChanged, new { version }, stoppingToken);
                }
                seen = version;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The cluster may be starting or failing over: the next tick tries again.
                LogUnavailable(logger, failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Catalog version not read; trying again.")]
    private static partial void LogUnavailable(ILogger logger, Exception failure);
}
