using Reception.Contracts.Returnees;

namespace Reception.Contracts.Points;

/// <summary>
/// One person present at a point, named so the desk can call them. <see cref="WaitingSeconds"/> counts from when
/// they entered their current stage. Only the point's managers and coordinators read a point's queue.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.queue-entry")]
public sealed record QueueEntry(
    [property: Id(0)] string CaseId,
    [property: Id(1)] Stage Stage,
    [property: Id(2)] long WaitingSeconds,
    [property: Id(3)] Priority Priority,
    [property: Id(4)] int PriorityScore,
    [property: Id(5)] IReadOnlyList<Vulnerability> Flags,
    [property: Id(6)] DateTimeOffset ArrivedAt,
    [property: Id(7)] DateTimeOffset EnteredStageAt,
    [property: Id(8)] int PendingReferrals,
    [property: Id(9)] bool FirstServiceReceived,
    [property: Id(10)] string? GivenNames = null,
    [property: Id(11)] string? Surnames = null,
    [property: Id(12)] string? FamilyGroupId = null,
    [property: Id(13)] CustodyStatus? Custody = null,
    [property: Id(14)] DateTimeOffset? CustodyDueAt = null,
    [property: Id(15)] bool CustodyOverdue = false,
    // The intake desk the person was called to, while they are at it.
    [property: Id(16)] string? Desk = null);
