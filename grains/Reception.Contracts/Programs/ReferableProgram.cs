namespace Reception.Contracts.Programs;

/// <summary>An active program a case may be referred to now, and whether it serves the case at the point or at destination.</summary>
[GenerateSerializer, Immutable, Alias("reception.referable-program")]
public sealed record ReferableProgram(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] ProgramCategory Category,
    [property: Id(3)] ServiceReach ServesAt);
