namespace Reception.Contracts.Rights;

/// <summary>One case of an anonymisation: its anonymisation (the earlier one when it was already anonymised).</summary>
[GenerateSerializer, Immutable, Alias("reception.anonymised-case")]
public sealed record AnonymisedCase(
    [property: Id(0)] string CaseId,
    [property: Id(1)] Anonymisation Anonymisation,
    [property: Id(2)] bool AlreadyAnonymised);
