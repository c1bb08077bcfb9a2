namespace Reception.Contracts.Rights;

/// <summary>That a case was anonymised: when, why, at whose request (none for retention) and by which account.</summary>
[GenerateSerializer, Immutable, Alias("reception.anonymisation")]
public sealed record Anonymisation(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] AnonymisationReason Reason,
    [property: Id(2)] Requester? RequestedBy,
    [property: Id(3)] string By);
