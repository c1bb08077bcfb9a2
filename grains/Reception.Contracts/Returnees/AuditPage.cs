namespace Reception.Contracts.Returnees;

/// <summary>
/// One page of a case's audit trail, newest first. <see cref="NextBefore"/> is the cursor for the next (older)
/// page — pass it as <c>before</c> — and null on the last page.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.audit-page")]
public sealed record AuditPage(
    [property: Id(0)] string CaseId,
    [property: Id(1)] IReadOnlyList<AuditEntry> Entries,
    [property: Id(2)] long? NextBefore);
