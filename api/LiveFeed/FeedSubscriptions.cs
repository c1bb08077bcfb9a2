using Reception.Contracts.LiveFeed;
using Reception.Contracts.National;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Api.LiveFeed;

/// <summary>
/// Subscribes this host's one <see cref="LiveFeedObserver"/> (as an Orleans object reference) to a point,
/// program or the national grain when a connection first watches it, renews the subscriptions every minute
/// (the grains let them expire after <see cref="LiveFeedOptions.SubscriptionExpiry"/>, so a vanished host is
/// forgotten), and unsubscribes when the last connection leaves.
/// </summary>
public sealed class FeedSubscriptions(IClusterClient cluster, LiveFeedObserver observer, ILogger<FeedSubscriptions> logger) : BackgroundService
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(1);

    private readonly object _gate = new();
    private readonly Dictionary<FeedTarget, HashSet<string>> _connections = [];
    private ILiveFeedObserver? _reference;

    private ILiveFeedObserver Reference
    {
        get
        {
            lock (_gate)
            {
                return _reference ??= cluster.CreateObjectReference<ILiveFeedObserver>(observer);
            }
        }
    }

    public async Task AddAsync(FeedTarget target, string connectionId)
    {
        lock (_gate)
        {
            if (!_connections.TryGetValue(target, out var set))
            {
                _connections[target] = set = new HashSet<string>(StringComparer.Ordinal);
            }
            set.Add(connectionId);
        }
        // Idempotent in the grain (it refreshes the expiry), so every subscribe call may repeat it.
        await SubscribeAsync(target);
    }

    /// <summary>The connection stops watching <paramref name="target"/> (a view was closed).</summary>
    public Task RemoveAsync(FeedTarget target, string connectionId) => RemoveAsync(connectionId, target);

    /// <summary>The connection closed: it stops watching everything.</summary>
    public Task RemoveConnectionAsync(string connectionId) => RemoveAsync(connectionId, only: null);

    private async Task RemoveAsync(string connectionId, FeedTarget? only)
    {
        List<FeedTarget> abandoned = [];
        lock (_gate)
        {
            foreach (var (target, set) in _connections)
            {
                if ((only is null || only == target) && set.Remove(connectionId) && set.Count == 0)
                {
                    abandoned.Add(target);
                }
            }
            foreach (var target in abandoned)
            {
                _connections.Remove(target);
            }
            // A program watched whole and narrowed to a manager's points is one grain subscription: keep it while either is watched.
            abandoned.RemoveAll(target => _connections.Keys.Any(other => other.Kind == target.Kind && other.Key == target.Key));
        }
        foreach (var target in abandoned)
        {
            try
            {
                await UnsubscribeAsync(target);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Live feed: could not unsubscribe from {Group}; the subscription will expire", target.Group);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            FeedTarget[] targets;
            lock (_gate)
            {
                targets = _connections.Keys.ToArray();
            }

            foreach (var target in targets)
            {
                try
                {
                    await SubscribeAsync(target);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Live feed: could not renew the subscription to {Group}", target.Group);
                }
            }
        }
    }

    private Task SubscribeAsync(FeedTarget target) => target.Kind switch
    {
        FeedKind.Point => cluster.GetGrain<IReceptionPointGrain>(target.Key).Subscribe(Reference),
        FeedKind.Program => cluster.GetGrain<IProgramGrain>(target.Key).Subscribe(Reference),
        _ => cluster.GetGrain<INationalGrain>(INationalGrain.Key).Subscribe(Reference),
    };

    private Task UnsubscribeAsync(FeedTarget target) => target.Kind switch
    {
        FeedKind.Point => cluster.GetGrain<IReceptionPointGrain>(target.Key).Unsubscribe(Reference),
        FeedKind.Program => cluster.GetGrain<IProgramGrain>(target.Key).Unsubscribe(Reference),
        _ => cluster.GetGrain<INationalGrain>(INationalGrain.Key).Unsubscribe(Reference),
    };
}
