namespace Reception.Contracts.Returnees;

/// <summary>Records a step of the chain of custody; <see cref="At"/> defaults to now.</summary>
[GenerateSerializer, Immutable, Alias("reception.record-custody-step")]
public sealed record RecordCustodyStep(
    [property: Id(0)] CustodyStepKind Step,
    [property: Id(1)] DateTimeOffset? At,
    [property: Id(2)] string? FromName,
    [property: Id(3)] string? FromInstitution,
    [property: Id(4)] string? ToName,
    [property: Id(5)] string? ToInstitution,
    [property: Id(6)] string? Document = null,
    [property: Id(7)] string? Note = null,
    [property: Id(8)] string? RelativeName = null,
    [property: Id(9)] Relationship? Relationship = null,
    [property: Id(10)] string? IdentityDocument = null);
