namespace Reception.Contracts.Points;

/// <summary>
/// A reception point as configured. <see cref="TimeZoneId"/> is an IANA id; the point's day starts at its local midnight.
/// A deactivated point (<see cref="Inactive"/>) registers no new arrivals; its open cases stay workable.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.point-profile")]
public sealed record PointProfile(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string City,
    [property: Id(3)] string State,
    [property: Id(4)] PointKind Kind,
    [property: Id(5)] string TimeZoneId,
    [property: Id(6)] PointCapacity Capacity,
    // Stored as "inactive" so profiles written before deactivation existed read as active.
    [property: Id(7)] bool Inactive = false)
{
    public bool Active => !Inactive;
}
