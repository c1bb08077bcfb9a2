using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Contracts.Returnees;

/// <summary>
/// A case as the asking actor may see it. For a provider: <see cref="Assessment"/> is null unless the person
/// consented to share it, <see cref="Referrals"/> holds only that provider's referrals, and the exit details are
/// left out (<see cref="Redacted"/> is true). The audit trail is not part of the view: it is paged through
/// <see cref="IReturneeGrain.GetAudit"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.returnee-view")]
public sealed record ReturneeView(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string CertificateNumber,
    [property: Id(2)] string GivenNames,
    [property: Id(3)] string Surnames,
    [property: Id(4)] Sex Sex,
    [property: Id(5)] DateOnly? DateOfBirth,
    [property: Id(6)] int? EstimatedAge,
    [property: Id(7)] string? Curp,
    [property: Id(8)] string PointCode,
    [property: Id(9)] DateTimeOffset ArrivedAt,
    [property: Id(10)] string? NoticeId,
    [property: Id(11)] TransportMode? Transport,
    [property: Id(12)] string? AccompanyingCaseId,
    [property: Id(13)] Stage Stage,
    [property: Id(14)] DateTimeOffset EnteredStageAt,
    [property: Id(15)] Priority Priority,
    [property: Id(16)] int PriorityScore,
    [property: Id(17)] IReadOnlyList<Vulnerability> Flags,
    [property: Id(18)] bool ConsentToShare,
    [property: Id(19)] Assessment? Assessment,
    [property: Id(20)] IReadOnlyList<ReferralView> Referrals,
    [property: Id(21)] IReadOnlyList<ProgramCategory> UnmetNeeds,
    [property: Id(22)] Exit? Exit,
    [property: Id(24)] long Version,
    [property: Id(25)] bool Redacted,
    // Only when the case is read (View), and not for a provider: the programs recommended for it.
    [property: Id(26)] IReadOnlyList<Recommendation>? Recommendations = null,
    [property: Id(27)] Relationship? Relationship = null,
    [property: Id(28)] string? FamilyGroupId = null,
    // For minors: the chain of custody and the reunification clock (null for adults and for providers of other programs).
    [property: Id(29)] CustodyView? Custody = null,
    // The accompanying case recorded as separated from this person (e.g. a parent still detained).
    [property: Id(30)] Separation? Separation = null,
    // The person across returns (GET /api/people/{personId} lists every return).
    [property: Id(31)] string? PersonId = null,
    // Registered without a known identity: no names, a short description.
    [property: Id(32)] bool Unidentified = false,
    [property: Id(33)] string? Description = null,
    // A minor or vulnerable person returned again within the recent-return window: their earlier return.
    [property: Id(34)] RecentReturn? RecentReturn = null,
    // Consent per purpose (every purpose, given or not); the history is in the case's events.
    [property: Id(35)] IReadOnlyList<ConsentView>? Consents = null,
    // Whether the desk gave the privacy notice at registration (null: registered before it was recorded).
    [property: Id(36)] bool? PrivacyNoticeGiven = null,
    // Only when the case is read (View) by someone who may refer it while it is open: the programs a referral is accepted for now.
    [property: Id(37)] IReadOnlyList<ReferableProgram>? ReferablePrograms = null,
    // The IANA zone of the point the person arrived at, in which every moment of the case is shown.
    [property: Id(38)] string? TimeZone = null);
