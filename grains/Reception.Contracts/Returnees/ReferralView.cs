namespace Reception.Contracts.Returnees;

[GenerateSerializer, Immutable, Alias("reception.referral-view")]
public sealed record ReferralView(
    [property: Id(0)] string ReferralId,
    [property: Id(1)] string ProgramId,
    [property: Id(2)] ReferralStatus Status,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] string CreatedBy,
    [property: Id(5)] string? Note,
    [property: Id(6)] DateTimeOffset StatusChangedAt,
    [property: Id(7)] string? StatusChangedBy,
    [property: Id(8)] string? Reason,
    [property: Id(9)] string? Outcome,
    [property: Id(10)] bool Automatic,
    // For an automatic referral, the situation that caused it, so a client can word the note in its own language.
    [property: Id(11)] Vulnerability? AutomaticFor = null,
    // When the program accepted it (kept after it is completed), for the programs' daily figures.
    [property: Id(12)] DateTimeOffset? AcceptedAt = null,
    // Why the case could be shared with the program (null: made before consent was recorded per purpose).
    [property: Id(13)] ReferralBasis? Basis = null,
    // The reason given when the referral overrode missing consent.
    [property: Id(14)] string? OverrideReason = null);
