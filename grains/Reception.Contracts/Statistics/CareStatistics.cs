using Reception.Contracts.Programs;

namespace Reception.Contracts.Statistics;

/// <summary>
/// Care of the cases that arrived in the period: time from arrival to first service for vulnerable people and
/// the others, referrals per program by status, and declines by reason. A provider sees only their programs and
/// no waits.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.care-statistics")]
public sealed record CareStatistics(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string? Point,
    [property: Id(3)] IReadOnlyList<FirstServiceWaits> FirstService,
    [property: Id(4)] IReadOnlyList<ProgramReferrals> Referrals,
    [property: Id(5)] IReadOnlyList<DeclineReasonCount> Declines);

/// <summary>
/// <see cref="Group"/> <c>vulnerable</c> (any vulnerability) or <c>others</c>: cases first served, median and 90th
/// percentile in the live view's buckets (null with no case).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.first-service-waits")]
public sealed record FirstServiceWaits(
    [property: Id(0)] string Group,
    [property: Id(1)] int Samples,
    [property: Id(2)] long? MedianSeconds,
    [property: Id(3)] long? P90Seconds);

/// <summary>Referrals to a program in a status (<c>pending</c>, <c>accepted</c>, <c>completed</c>, <c>declined</c>, <c>cancelled</c>).</summary>
[GenerateSerializer, Immutable, Alias("reception.program-referrals")]
public sealed record ProgramReferrals(
    [property: Id(0)] string ProgramId,
    [property: Id(1)] ProgramCategory? Category,
    [property: Id(2)] string Status,
    [property: Id(3)] int Count);

/// <summary>Referrals a program declined with the same reason (as written, trimmed).</summary>
[GenerateSerializer, Immutable, Alias("reception.decline-reason-count")]
public sealed record DeclineReasonCount(
    [property: Id(0)] string ProgramId,
    [property: Id(1)] string Reason,
    [property: Id(2)] int Count);
