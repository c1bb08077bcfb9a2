namespace Reception.Contracts.Points;

/// <summary>A reception point as configured. <see cref="TimeZoneId"/> is an IANA id; the point's day starts at its local midnight.</summary>
[GenerateSerializer, Immutable, Alias("reception.point-profile")]
public sealed record PointProfile(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string City,
    [property: Id(3)] string State,
    [property: Id(4)] PointKind Kind,
    [property: Id(5)] string TimeZoneId,
    [property: Id(6)] PointCapacity Capacity);
