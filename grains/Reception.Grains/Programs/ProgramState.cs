using Reception.Contracts.Programs;
using Reception.Grains.Shared;
using Reception.Grains.Storage;

namespace Reception.Grains.Programs;

/// <summary>
/// Bounded: only active referrals (pending or accepted), today's counters and recent tombstones. The header
/// (the <c>[Id]</c> members) is small; referrals and tombstones are stored one row each.
/// </summary>
[GenerateSerializer, Alias("reception.program-state")]
internal sealed class ProgramState : IIncrementalState, IMirrorState<ReferralUpdate>
{
    private const string ActivePrefix = "active/";
    private const string TombstonePrefix = "tombstone/";

    [Id(0)] public ProgramProfile? Profile { get; set; }
    // Not part of the header: stored one row per entry (created lazily, whatever way the serializer builds the object).
    [NonSerialized] private TrackedMap<ReferralUpdate>? _active;
    public TrackedMap<ReferralUpdate> Active => _active ??= new();
    // Not part of the header: stored one row per entry (created lazily, whatever way the serializer builds the object).
    [NonSerialized] private TrackedMap<Tombstone>? _tombstones;
    public TrackedMap<Tombstone> Tombstones => _tombstones ??= new();
    [Id(3)] public DateOnly Day { get; set; }
    [Id(4)] public int Received { get; set; }
    [Id(5)] public int Accepted { get; set; }
    [Id(6)] public int Declined { get; set; }
    [Id(7)] public int Completed { get; set; }
    [Id(8)] public int Cancelled { get; set; }

    // The active referrals are the mirror's open entries.
    TrackedMap<ReferralUpdate> IMirrorState<ReferralUpdate>.Open => Active;

    // Not serialized either: which maps make up the entries, and under which prefixes.
    private TrackedMaps Entries => new((ActivePrefix, Active), (TombstonePrefix, Tombstones));

    public IReadOnlyDictionary<string, object?> TakeChanges() => Entries.TakeChanges();

    public void RestoreChanges(IReadOnlyDictionary<string, object?> changes) => Entries.RestoreChanges(changes);

    public void LoadEntries(IEnumerable<KeyValuePair<string, object>> entries) => Entries.LoadEntries(entries);
}
