namespace Reception.Contracts.Returnees;

/// <summary>
/// An unaccompanied child's custody: the status, the reunification clock (from arrival against the child-protection
/// program's target, stopped by the step that closes the case) and the whole chain, oldest first.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.custody-view")]
public sealed record CustodyView(
    [property: Id(0)] CustodyStatus Status,
    [property: Id(1)] double ElapsedHours,
    [property: Id(2)] bool Overdue,
    [property: Id(3)] IReadOnlyList<CustodyStep> Chain,
    [property: Id(4)] int TargetHours,
    [property: Id(5)] DateTimeOffset DueAt,
    [property: Id(6)] DateTimeOffset? StoppedAt,
    [property: Id(7)] CustodyStepKind? NextStep,
    [property: Id(8)] string? ProgramId);
