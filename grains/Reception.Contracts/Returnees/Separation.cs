namespace Reception.Contracts.Returnees;

/// <summary>The accompanying adult recorded as separated from a child (e.g. still detained), so the child is unaccompanied.</summary>
[GenerateSerializer, Immutable, Alias("reception.separation")]
public sealed record Separation(
    [property: Id(0)] string CompanionCaseId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string By,
    [property: Id(3)] string Reason);
