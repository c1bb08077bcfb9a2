using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Grains.Shared;
using Reception.Grains.Storage;

namespace Reception.Grains.Points;

/// <summary>
/// Bounded by design: the people present now (each a small <see cref="CaseUpdate"/>), today's counters, a
/// fixed-bucket histogram, 48 h of hourly and 60 min of minute arrival buckets, recent notices and tombstones.
/// No history: that lives in the returnee records. The header (the <c>[Id]</c> members) is small; the people
/// present and the tombstones are stored one row each, so a write costs what changed, not the crowd's size.
/// </summary>
[GenerateSerializer, Alias("reception.point-state")]
internal sealed class PointState : IIncrementalState, IMirrorState<CaseUpdate>
{
    private const string PresentPrefix = "present/";
    private const string TombstonePrefix = "tombstone/";

    [Id(0)] public PointProfile? Profile { get; set; }
    // Not part of the header: stored one row per entry (created lazily, whatever way the serializer builds the object).
    [NonSerialized] private TrackedMap<CaseUpdate>? _present;
    public TrackedMap<CaseUpdate> Present => _present ??= new();
    // Not part of the header: stored one row per entry (created lazily, whatever way the serializer builds the object).
    [NonSerialized] private TrackedMap<Tombstone>? _tombstones;
    public TrackedMap<Tombstone> Tombstones => _tombstones ??= new();
    [Id(3)] public DateOnly Day { get; set; }
    [Id(4)] public int Arrived { get; set; }
    [Id(5)] public int Assessed { get; set; }
    [Id(6)] public int Referred { get; set; }
    [Id(7)] public int Served { get; set; }
    [Id(8)] public int Departed { get; set; }
    [Id(9)] public int Transferred { get; set; }
    [Id(10)] public int[] FirstServiceBuckets { get; set; } = new int[WaitHistogram.BucketCount];
    [Id(11)] public Dictionary<long, int> HourlyArrivals { get; set; } = [];
    [Id(12)] public Dictionary<long, int> MinuteArrivals { get; set; } = [];
    [Id(13)] public List<Notice> Notices { get; set; } = [];
    [Id(14)] public Dictionary<string, string> NoticeKeys { get; set; } = new(StringComparer.Ordinal);
    [Id(15)] public int NextNoticeSequence { get; set; }
    [Id(16)] public Dictionary<ProgramCategory, int> UnmetToday { get; set; } = [];
    [Id(17)] public int PendingReferrals { get; set; }
    // The people called to an intake desk and not yet interviewed: case id → desk.
    [Id(18)] public Dictionary<string, string> Desks { get; set; } = new(StringComparer.Ordinal);

    // The people present are the mirror's open entries.
    TrackedMap<CaseUpdate> IMirrorState<CaseUpdate>.Open => Present;

    // Not serialized either: which maps make up the entries, and under which prefixes.
    private TrackedMaps Entries => new((PresentPrefix, Present), (TombstonePrefix, Tombstones));

    public IReadOnlyDictionary<string, object?> TakeChanges() => Entries.TakeChanges();

    public void RestoreChanges(IReadOnlyDictionary<string, object?> changes) => Entries.RestoreChanges(changes);

    public void LoadEntries(IEnumerable<KeyValuePair<string, object>> entries) => Entries.LoadEntries(entries);
}
