using Reception.Contracts.Programs;

namespace Reception.Contracts.Returnees;

[GenerateSerializer, Immutable, Alias("reception.recommendation")]
public sealed record Recommendation(
    [property: Id(0)] string ProgramId,
    [property: Id(1)] string Reason,
    [property: Id(2)] string ProgramName,
    [property: Id(3)] ProgramCategory Category,
    // What Reason says, as data, so a client can word it in its own language: the identity documents missing (for
    // documents), the skills (for employment), and whether the program is at the point or serves the destination.
    [property: Id(4)] IReadOnlyList<DocumentType>? MissingDocuments = null,
    [property: Id(5)] IReadOnlyList<string>? Skills = null,
    [property: Id(6)] bool AvailableAtPoint = false,
    [property: Id(7)] string? DestinationState = null);
