using Reception.Contracts.Returnees;

namespace Reception.Contracts.Rights;

/// <summary>
/// Everything held about one case of a person, for an access request: the case as its full view shows it (registration,
/// assessment and consent, referrals, custody, exit), the registration as first recorded when it was corrected since, the
/// anonymisation if any, and every event of its trail, oldest first.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.case-export")]
public sealed record CaseExport(
    [property: Id(0)] ReturneeView Case,
    [property: Id(1)] RegisterArrival? RegisteredAs,
    [property: Id(2)] IReadOnlyList<CustodyStep> Custody,
    [property: Id(3)] Anonymisation? Anonymisation,
    [property: Id(4)] IReadOnlyList<AuditEntry> Events);
