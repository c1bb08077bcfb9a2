using Reception.Contracts.Points;

namespace Reception.Contracts.LiveFeed;

/// <summary>
/// What a point sends the hosts watching it, at most once per live-feed interval and only when something changed: the
/// summary, the wait statistics and the queue's full count always; the queue (the top <see cref="PointDetail.QueueLimit"/>,
/// built exactly as <see cref="PointDetail.Queue"/> is) only when someone arrived, moved or left since the last message,
/// and the notices only when they changed. A point view opened with the detail never needs to read it again.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.point-feed-update")]
public sealed record PointFeedUpdate(
    [property: Id(0)] PointSummary Summary,
    [property: Id(1)] WaitStats Waits,
    [property: Id(2)] int QueueTotal,
    [property: Id(3)] IReadOnlyList<QueueEntry>? Queue,
    [property: Id(4)] IReadOnlyList<Notice>? Notices);
