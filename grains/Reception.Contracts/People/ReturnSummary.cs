using Reception.Contracts.Returnees;

namespace Reception.Contracts.People;

/// <summary>
/// One return of a person as their timeline lists it: when and where, the stage reached, the referrals with their
/// outcomes as the reader may see them, and for a child the kinds and times of the custody steps.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.return-summary")]
public sealed record ReturnSummary(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string PersonId,
    [property: Id(2)] string PointCode,
    [property: Id(3)] DateTimeOffset ArrivedAt,
    [property: Id(4)] string CertificateNumber,
    [property: Id(5)] string GivenNames,
    [property: Id(6)] string Surnames,
    [property: Id(7)] DateOnly? DateOfBirth,
    [property: Id(8)] int? EstimatedAge,
    [property: Id(9)] Sex Sex,
    [property: Id(10)] Stage Stage,
    [property: Id(11)] DateTimeOffset EnteredStageAt,
    [property: Id(12)] IReadOnlyList<Vulnerability> Flags,
    [property: Id(13)] IReadOnlyList<ReferralView> Referrals,
    [property: Id(14)] Exit? Exit,
    [property: Id(15)] IReadOnlyList<CustodyStep> Custody,
    [property: Id(16)] RecentReturn? RecentReturn,
    // The IANA zone of that return's point, in which its moments are shown.
    [property: Id(17)] string? TimeZone = null);
