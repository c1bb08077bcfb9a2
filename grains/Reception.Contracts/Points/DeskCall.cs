using Reception.Contracts.Returnees;

namespace Reception.Contracts.Points;

/// <summary>A person called to an intake desk (<c>módulo</c>): who, how urgent, and which desk.</summary>
[GenerateSerializer, Immutable, Alias("reception.desk-call")]
public sealed record DeskCall(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string? GivenNames,
    [property: Id(2)] string? Surnames,
    [property: Id(3)] Priority Priority,
    [property: Id(4)] string Desk);
