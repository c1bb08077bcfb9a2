namespace Reception.Contracts.Returnees;

/// <summary>One recorded handover (or correction) of the chain of custody; <see cref="Sequence"/> counts from 1.</summary>
[GenerateSerializer, Immutable, Alias("reception.custody-step")]
public sealed record CustodyStep(
    [property: Id(0)] int Sequence,
    [property: Id(1)] CustodyStepKind Step,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] DateTimeOffset RecordedAt,
    [property: Id(4)] string RecordedBy,
    [property: Id(5)] string? FromName,
    [property: Id(6)] string? FromInstitution,
    [property: Id(7)] string? ToName,
    [property: Id(8)] string? ToInstitution,
    [property: Id(9)] string? Document = null,
    [property: Id(10)] string? Note = null,
    [property: Id(11)] string? RelativeName = null,
    [property: Id(12)] Relationship? Relationship = null,
    [property: Id(13)] string? IdentityDocument = null);
