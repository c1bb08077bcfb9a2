using Reception.Contracts.Programs;

namespace Reception.Contracts.Returnees;

[GenerateSerializer, Immutable, Alias("reception.recommendation")]
public sealed record Recommendation(
    [property: Id(0)] string ProgramId,
    [property: Id(1)] string Reason,
    [property: Id(2)] string ProgramName,
    [property: Id(3)] ProgramCategory Category);
