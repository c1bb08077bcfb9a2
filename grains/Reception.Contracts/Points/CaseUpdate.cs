using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;

namespace Reception.Contracts.Points;

/// <summary>
/// State-based, versioned summary of one case sent by its returnee grain to its point: "case X is now at
/// version V with ...". The point applies it only when V is newer than what it holds and derives its counter
/// changes from the old and new summaries, so a redelivered update never counts twice.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.case-update")]
public sealed record CaseUpdate(
    [property: Id(0)] string CaseId,
    [property: Id(1)] long Version,
    [property: Id(2)] string PointCode,
    [property: Id(3)] Stage Stage,
    [property: Id(4)] DateTimeOffset EnteredStageAt,
    [property: Id(5)] DateTimeOffset ArrivedAt,
    [property: Id(6)] Priority Priority,
    [property: Id(7)] int PriorityScore,
    [property: Id(8)] IReadOnlyList<Vulnerability> Flags,
    [property: Id(9)] string? NoticeId,
    [property: Id(10)] DateTimeOffset? AssessedAt,
    [property: Id(11)] int ReferralsCreated,
    [property: Id(12)] int ReferralsCompleted,
    [property: Id(13)] int PendingReferrals,
    [property: Id(14)] DateTimeOffset? FirstServiceAt,
    [property: Id(15)] IReadOnlyList<ProgramCategory> UnmetNeeds,
    [property: Id(16)] string? GivenNames = null,
    [property: Id(17)] string? Surnames = null,
    [property: Id(18)] string? FamilyGroupId = null,
    // An unaccompanied child's custody status and when the reunification clock runs out; null for everyone else.
    [property: Id(19)] CustodyStatus? Custody = null,
    [property: Id(20)] DateTimeOffset? CustodyDueAt = null)
{
    public bool IsTerminal => Stage is Stage.Departed or Stage.Transferred;
}
