namespace Reception.Grains.Shared;

/// <summary>
/// The last version seen of an entry that closed (a departed case at a point, a finished referral in a program), so
/// that a late or redelivered update cannot bring it back. Forgotten by <see cref="TombstonePruning"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.tombstone")]
internal sealed record Tombstone([property: Id(0)] long Version, [property: Id(1)] DateTimeOffset At);
