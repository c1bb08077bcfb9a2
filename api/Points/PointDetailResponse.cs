using Reception.Contracts.Points;

namespace Reception.Api.Points;

/// <summary><c>GET /api/points/{code}</c>: the point summary's fields plus its queue, notices and statistics.</summary>
public sealed record PointDetailResponse(
    string Code,
    string Name,
    string City,
    string State,
    PointKind Kind,
    PointCapacity Capacity,
    int Present,
    int ArrivedToday,
    int ArrivedLastHour,
    int PendingReferrals,
    AlertLevel AlertLevel,
    int ExpectedNext6Hours,
    int ProjectedOccupancy,
    int UnmetNeedsToday,
    PointCounts Today,
    DateTimeOffset AsOf,
    string TimeZoneId,
    IReadOnlyList<QueueEntry> Queue,
    int QueueTotal,
    IReadOnlyList<Notice> Notices,
    WaitStats Waits,
    IReadOnlyList<HourlyArrivals> Hourly,
    IReadOnlyList<UnmetNeedCount> UnmetNeeds,
    // Unaccompanied children present past their reunification target (the summary's field, as on the live feed).
    int CustodyOverdue,
    // Why the point is at its alert level (the summary's field).
    AlertReason? AlertReason,
    // Whether the point takes arrivals, and its IANA time zone (the summary's fields; timeZoneId is the same zone).
    bool Active,
    string? TimeZone)
{
    public static PointDetailResponse From(PointDetail detail)
    {
        var s = detail.Summary;
        return new PointDetailResponse(
            s.Code, s.Name, s.City, s.State, s.Kind, s.Capacity, s.Present, s.ArrivedToday, s.ArrivedLastHour,
            s.PendingReferrals, s.AlertLevel, s.ExpectedNext6Hours, s.ProjectedOccupancy, s.UnmetNeedsToday, s.Today, s.AsOf,
            detail.TimeZoneId, detail.Queue, detail.QueueTotal, detail.Notices, detail.Waits, detail.Hourly, detail.UnmetNeeds, s.CustodyOverdue, s.AlertReason, s.Active, s.TimeZone);
    }
}
