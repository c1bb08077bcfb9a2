namespace Reception.Contracts.Rights;

/// <summary>
/// <c>GET /api/people/{personId}/export</c>: everything held about a person, every case oldest first, and the access log's
/// entries about them (earlier exports included, this one too).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.person-export")]
public sealed record PersonExport(
    [property: Id(0)] string PersonId,
    [property: Id(1)] DateTimeOffset GeneratedAt,
    [property: Id(2)] string GeneratedBy,
    [property: Id(3)] IReadOnlyList<CaseExport> Cases,
    [property: Id(4)] IReadOnlyList<AccessRecord> AccessLog);
