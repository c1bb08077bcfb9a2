namespace Reception.Contracts.Programs;

/// <summary>Today's referral transitions at a program (the program's day is UTC).</summary>
[GenerateSerializer, Immutable, Alias("reception.program-counts")]
public sealed record ProgramCounts(
    [property: Id(0)] int Received,
    [property: Id(1)] int Accepted,
    [property: Id(2)] int Declined,
    [property: Id(3)] int Completed,
    [property: Id(4)] int Cancelled);
