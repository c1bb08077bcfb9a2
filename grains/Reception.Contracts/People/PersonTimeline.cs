namespace Reception.Contracts.People;

/// <summary>Every return of one person, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("reception.person-timeline")]
public sealed record PersonTimeline(
    [property: Id(0)] string PersonId,
    [property: Id(1)] IReadOnlyList<ReturnSummary> Cases);
