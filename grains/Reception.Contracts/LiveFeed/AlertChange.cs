using Reception.Contracts.Points;

namespace Reception.Contracts.LiveFeed;

/// <summary>
/// A point's alert level changed. <see cref="Reason"/> is English, for logs; <see cref="AlertReason"/> is the rule and
/// its figures, which a screen words in its own language (the same as the point summary's).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.alert-change")]
public sealed record AlertChange(
    [property: Id(0)] string PointCode,
    [property: Id(1)] AlertLevel Previous,
    [property: Id(2)] AlertLevel Current,
    [property: Id(3)] string Reason,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] AlertReason? AlertReason = null);
