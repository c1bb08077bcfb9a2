using Reception.Contracts.Programs;

namespace Reception.Contracts.History;

/// <summary>
/// One day of a program in the programs' reporting zone (central Mexico time), computed from the permanent record:
/// the same transitions as the program's live <see cref="ProgramCounts"/>. A day with nothing has zeros.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.program-day")]
public sealed record ProgramDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] ProgramCounts Counts);
