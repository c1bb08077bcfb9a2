using Reception.Contracts.National;
using Reception.Contracts.Programs;

namespace Reception.Contracts.LiveFeed;

/// <summary>
/// Implemented by each web host and subscribed to points, programs and the national grain. Subscriptions
/// expire (<see cref="LiveFeedOptions.SubscriptionExpiry"/>): renew them every minute. Updates are coalesced:
/// at most <see cref="LiveFeedOptions.MessagesPerSecond"/> per second per grain and kind, only when changed.
/// </summary>
[Alias("reception.live-feed-observer")]
public interface ILiveFeedObserver : IGrainObserver
{
    /// <summary>A point changed: its summary, and its queue and notices when they changed.</summary>
    [OneWay, Alias("point-updated")]
    Task PointUpdated(PointFeedUpdate update);

    [OneWay, Alias("program-updated")]
    Task ProgramUpdated(ProgramSummary summary);

    [OneWay, Alias("national-updated")]
    Task NationalUpdated(NationalPicture picture);

    /// <summary>A point's alert level changed: sent by that point to the hosts watching it.</summary>
    [OneWay, Alias("point-alert-changed")]
    Task PointAlertChanged(AlertChange change);

    /// <summary>A point's alert level changed: sent by the national grain to the hosts watching the national picture.</summary>
    [OneWay, Alias("national-alert-changed")]
    Task NationalAlertChanged(AlertChange change);

    /// <summary>New referrals that landed in a program's queue during the last interval.</summary>
    [OneWay, Alias("referrals-assigned")]
    Task ReferralsAssigned(string programId, IReadOnlyList<ProgramQueueItem> referrals);
}
