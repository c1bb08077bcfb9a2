using Reception.Contracts.Programs;

namespace Reception.Contracts.Points;

[GenerateSerializer, Immutable, Alias("reception.unmet-need-count")]
public sealed record UnmetNeedCount(
    [property: Id(0)] ProgramCategory Category,
    [property: Id(1)] int Count);
