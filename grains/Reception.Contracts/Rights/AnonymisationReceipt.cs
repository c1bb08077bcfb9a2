namespace Reception.Contracts.Rights;

/// <summary>What an anonymisation on request did: every case of the person, each now anonymised.</summary>
[GenerateSerializer, Immutable, Alias("reception.anonymisation-receipt")]
public sealed record AnonymisationReceipt(
    [property: Id(0)] string PersonId,
    [property: Id(1)] IReadOnlyList<AnonymisedCase> Cases);
