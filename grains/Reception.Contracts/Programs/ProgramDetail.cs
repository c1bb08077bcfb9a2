using Reception.Contracts.Shared;

namespace Reception.Contracts.Programs;

/// <summary>The program with its queue: urgent first, then by score, then longest waiting; capped at <see cref="QueueLimit"/>.</summary>
[GenerateSerializer, Immutable, Alias("reception.program-detail")]
public sealed record ProgramDetail(
    [property: Id(0)] ProgramSummary Summary,
    [property: Id(1)] IReadOnlyList<ProgramQueueItem> Queue,
    [property: Id(2)] int QueueTotal,
    // The unaccompanied children in its custody, overdue first, then longest elapsed.
    [property: Id(3)] IReadOnlyList<ChildInCustody>? Children = null,
    [property: Id(4)] int CustodyOverdue = 0,
    [property: Id(5)] int ReunificationTargetHours = Limits.DefaultReunificationTargetHours)
{
    public const int QueueLimit = 500;
}
