namespace Reception.Contracts.Points;

/// <summary>An advance arrival notice: a bus or flight expected at the point. Missing values are refused by the point.</summary>
[GenerateSerializer, Immutable, Alias("reception.notice-command")]
public sealed record NoticeCommand(
    [property: Id(0)] DateTimeOffset? ExpectedAt,
    [property: Id(1)] int? Headcount,
    [property: Id(2)] int? Minors,
    [property: Id(3)] TransportMode? Transport,
    [property: Id(4)] string? Reference);
