using Reception.Contracts.Returnees;

namespace Reception.Contracts.Programs;

/// <summary>
/// An active referral in a program's queue, with the person's names and age at arrival (a provider reads the cases
/// referred to it); <see cref="WaitingSeconds"/> counts from its creation.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.program-queue-item")]
public sealed record ProgramQueueItem(
    [property: Id(0)] string ReferralId,
    [property: Id(1)] string CaseId,
    [property: Id(2)] string PointCode,
    [property: Id(3)] Priority Priority,
    [property: Id(4)] int PriorityScore,
    [property: Id(5)] ReferralStatus Status,
    [property: Id(6)] long WaitingSeconds,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] IReadOnlyList<Vulnerability> Flags,
    [property: Id(9)] bool Automatic,
    [property: Id(10)] string? GivenNames = null,
    [property: Id(11)] string? Surnames = null,
    [property: Id(12)] int? AgeAtArrival = null,
    // The IANA zone of the point the person arrived at: the referral's time is shown in it.
    [property: Id(13)] string? TimeZone = null);
