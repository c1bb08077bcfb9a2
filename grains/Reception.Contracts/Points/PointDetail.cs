namespace Reception.Contracts.Points;

/// <summary>
/// The point with its queue (present people, most urgent and longest waiting first, at most
/// <see cref="QueueLimit"/> entries; <see cref="QueueTotal"/> is the full count), notices, wait statistics,
/// hourly arrivals for the last 48 hours and today's unmet needs by category.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.point-detail")]
public sealed record PointDetail(
    [property: Id(0)] PointSummary Summary,
    [property: Id(1)] string TimeZoneId,
    [property: Id(2)] IReadOnlyList<QueueEntry> Queue,
    [property: Id(3)] int QueueTotal,
    [property: Id(4)] IReadOnlyList<Notice> Notices,
    [property: Id(5)] WaitStats Waits,
    [property: Id(6)] IReadOnlyList<HourlyArrivals> Hourly,
    [property: Id(7)] IReadOnlyList<UnmetNeedCount> UnmetNeeds)
{
    public const int QueueLimit = 500;
}
