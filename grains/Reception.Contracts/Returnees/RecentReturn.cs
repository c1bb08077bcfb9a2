namespace Reception.Contracts.Returnees;

/// <summary>
/// A minor or a vulnerable person returned again within <see cref="Shared.Limits.RecentReturnDays"/> days: the
/// earlier case of the same person, where and when it arrived, and how many days before this arrival.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.recent-return")]
public sealed record RecentReturn(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string PointCode,
    [property: Id(2)] DateTimeOffset ArrivedAt,
    [property: Id(3)] int Days,
    // The IANA zone of that return's point: its day is shown in that point's calendar.
    [property: Id(4)] string? TimeZone = null);
