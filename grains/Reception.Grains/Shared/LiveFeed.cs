using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Reception.Contracts.LiveFeed;

namespace Reception.Grains.Shared;

/// <summary>Starts a timer that runs a callback every period: in a grain, a grain timer, so each tick is a turn of the grain.</summary>
internal delegate IDisposable FeedTimer(Func<CancellationToken, Task> tick, TimeSpan period);

/// <summary>
/// A grain's live feed, shared by points, programs and the national picture, and the system's one coalescing stage.
/// The web hosts subscribe an observer each (a subscription expires after <see cref="LiveFeedOptions.SubscriptionExpiry"/>
/// unless renewed). Once started, the feed runs the grain's tick once per interval; on each tick the grain offers its
/// summary, which is sent only when it differs from the last one offered (its time stamp aside) or when the grain says
/// something else changed. So a surge of changes within one interval is one message per host, a quiet grain sends
/// nothing, and what a host receives is never more than one interval old.
/// </summary>
internal sealed class LiveFeed(TimeProvider time, ILogger logger)
{
    private readonly ObserverManager<ILiveFeedObserver> _observers = new(LiveFeedOptions.SubscriptionExpiry, logger)
    {
        GetDateTime = () => time.GetUtcNow().UtcDateTime,
    };
    private IDisposable? _timer;
    private object? _lastOffered;

    /// <summary>Whether any host watches: a grain builds a message only for someone.</summary>
    public bool IsWatched => _observers.Count > 0;

    public void Subscribe(ILiveFeedObserver observer) => _observers.Subscribe(observer, observer);

    public void Unsubscribe(ILiveFeedObserver observer) => _observers.Unsubscribe(observer);

    /// <summary>Runs <paramref name="tick"/> in a turn of <paramref name="grain"/> every <paramref name="interval"/>; a second call changes nothing.</summary>
    public void Start(Grain grain, TimeSpan interval, Action tick) =>
        Start((callback, period) => grain.RegisterGrainTimer(callback, new GrainTimerCreationOptions(period, period)), interval, tick);

    /// <summary>Runs <paramref name="tick"/> every <paramref name="interval"/> from now on; a second call changes nothing.</summary>
    public void Start(FeedTimer timer, TimeSpan interval, Action tick) =>
        _timer ??= timer(_ =>
        {
            tick();
            return Task.CompletedTask;
        }, interval);

    /// <summary>
    /// Whether a summary is news: <paramref name="timeless"/> (the summary without its time stamp, compared by value)
    /// differs from the last one offered, or <paramref name="changedBesides"/> (something the summary does not show changed).
    /// </summary>
    public bool Offer(object timeless, bool changedBesides = false)
    {
        if (!changedBesides && Equals(timeless, _lastOffered))
        {
            return false;
        }
        _lastOffered = timeless;
        return true;
    }

    /// <summary>Sends to every host that watches (one-way: a lost message is repaired by the next one or a resubscription).</summary>
    public void Send(Func<ILiveFeedObserver, Task> message)
    {
        if (IsWatched)
        {
            _ = _observers.Notify(message);
        }
    }
}
