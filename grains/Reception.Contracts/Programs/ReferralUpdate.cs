using Reception.Contracts.Returnees;

namespace Reception.Contracts.Programs;

/// <summary>State-based, versioned summary of one referral, sent by the returnee grain to the program.</summary>
[GenerateSerializer, Immutable, Alias("reception.referral-update")]
public sealed record ReferralUpdate(
    [property: Id(0)] string ReferralId,
    [property: Id(1)] string CaseId,
    [property: Id(2)] string ProgramId,
    [property: Id(3)] long Version,
    [property: Id(4)] ReferralStatus Status,
    [property: Id(5)] string PointCode,
    [property: Id(6)] Priority Priority,
    [property: Id(7)] int PriorityScore,
    [property: Id(8)] IReadOnlyList<Vulnerability> Flags,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset StatusChangedAt,
    [property: Id(11)] bool Automatic,
    // For the child-protection referral of an unaccompanied child: the custody status and the reunification clock.
    [property: Id(12)] CustodyStatus? Custody = null,
    [property: Id(13)] DateTimeOffset? ArrivedAt = null,
    [property: Id(14)] DateTimeOffset? CustodyDueAt = null,
    // The person, as the provider's queue names them (providers may read the case they were referred).
    [property: Id(15)] string? GivenNames = null,
    [property: Id(16)] string? Surnames = null,
    [property: Id(17)] int? AgeAtArrival = null,
    // False when the person has not consented to share: the program shows only the flags its category needs.
    [property: Id(18)] bool? FlagsShared = null,
    // The IANA zone of the person's point, for the provider's queue to show times in it.
    [property: Id(19)] string? TimeZone = null)
{
    public bool IsActive => Status is ReferralStatus.Pending or ReferralStatus.Accepted;
}
