namespace Reception.Contracts.Returnees;

/// <summary>
/// Where one purpose's consent stands: given or not, who recorded the latest decision and when, and when it was
/// withdrawn if it was given before. Every decision is an event of the case (<c>consentGiven</c>, <c>consentWithdrawn</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.consent-view")]
public sealed record ConsentView(
    [property: Id(0)] ConsentPurpose Purpose,
    [property: Id(1)] bool Given,
    [property: Id(2)] string RecordedBy,
    [property: Id(3)] DateTimeOffset RecordedAt,
    [property: Id(4)] DateTimeOffset? WithdrawnAt = null,
    [property: Id(5)] string? Note = null);
