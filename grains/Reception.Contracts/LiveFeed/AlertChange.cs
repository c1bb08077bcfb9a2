using Reception.Contracts.Points;

namespace Reception.Contracts.LiveFeed;

[GenerateSerializer, Immutable, Alias("reception.alert-change")]
public sealed record AlertChange(
    [property: Id(0)] string PointCode,
    [property: Id(1)] AlertLevel Previous,
    [property: Id(2)] AlertLevel Current,
    [property: Id(3)] string Reason,
    [property: Id(4)] DateTimeOffset At);
