using System.Text.Json.Serialization;

namespace Reception.Contracts.Points;

/// <summary>The live summary of a point: what lists, the national picture and the live feed show.</summary>
[GenerateSerializer, Immutable, Alias("reception.point-summary")]
public sealed record PointSummary(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string City,
    [property: Id(3)] string State,
    [property: Id(4)] PointKind Kind,
    [property: Id(5)] PointCapacity Capacity,
    [property: Id(6)] int Present,
    [property: Id(7)] int ArrivedToday,
    [property: Id(8)] int ArrivedLastHour,
    [property: Id(9)] int PendingReferrals,
    [property: Id(10)] AlertLevel AlertLevel,
    [property: Id(11)] int ExpectedNext6Hours,
    [property: Id(12)] int ProjectedOccupancy,
    [property: Id(13)] int UnmetNeedsToday,
    [property: Id(14)] PointCounts Today,
    [property: Id(15)] DateTimeOffset AsOf,
    // Unaccompanied children present past their reunification target.
    [property: Id(16)] int CustodyOverdue = 0,
    [property: Id(17), JsonIgnore] bool Inactive = false,
    // The point's IANA time zone, as configured.
    [property: Id(18)] string? TimeZone = null,
    // Why the point is at its alert level, worded by the screen beside the badge.
    [property: Id(19)] AlertReason? AlertReason = null)
{
    /// <summary>False once an administrator deactivated it.</summary>
    public bool Active => !Inactive;
}
