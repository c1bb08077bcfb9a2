using Reception.Contracts.People;

namespace Reception.Contracts.Returnees;

/// <summary>The answer to a registration: the case and its reception certificate (constancia de recepción) folio.</summary>
[GenerateSerializer, Immutable, Alias("reception.arrival-receipt")]
public sealed record ArrivalReceipt(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string CertificateNumber,
    [property: Id(2)] string PointCode,
    [property: Id(3)] DateTimeOffset ArrivedAt,
    [property: Id(4)] Stage Stage,
    [property: Id(5)] Priority Priority,
    [property: Id(6)] IReadOnlyList<Vulnerability> Flags,
    [property: Id(7)] IReadOnlyList<ReferralView> Referrals,
    [property: Id(8)] string PersonId = "",
    // Earlier returns that may be the same person (not already linked), best first; filled by the API after registering.
    [property: Id(9)] IReadOnlyList<PersonMatchView>? PossibleMatches = null,
    // The person's earlier return within the recent-return window, when this person is a minor or vulnerable.
    [property: Id(10)] RecentReturn? RecentReturn = null);
