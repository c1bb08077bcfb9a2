using Reception.Contracts.Returnees;

namespace Reception.Contracts.Programs;

/// <summary>An unaccompanied child referred to a child-protection program: where the chain is and the reunification clock.</summary>
[GenerateSerializer, Immutable, Alias("reception.child-in-custody")]
public sealed record ChildInCustody(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string ReferralId,
    [property: Id(2)] string PointCode,
    [property: Id(3)] CustodyStatus Status,
    [property: Id(4)] DateTimeOffset ArrivedAt,
    [property: Id(5)] double ElapsedHours,
    [property: Id(6)] DateTimeOffset DueAt,
    [property: Id(7)] bool Overdue,
    [property: Id(8)] CustodyStepKind? NextStep);
