namespace Reception.Contracts.Rights;

/// <summary>An entry of the access log about a person (an export of their data): who read what, when, and how many people it listed.</summary>
[GenerateSerializer, Immutable, Alias("reception.access-record")]
public sealed record AccessRecord(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Role,
    [property: Id(3)] string Action,
    [property: Id(4)] string Subject,
    [property: Id(5)] int Listed);
