using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Grains.Points;

/// <summary>
/// Bounded by design: the people present now (each a small <see cref="CaseUpdate"/>), today's counters, a
/// fixed-bucket histogram, 48 h of hourly and 60 min of minute arrival buckets, recent notices and tombstones.
/// No history: that lives in the returnee records.
/// </summary>
[GenerateSerializer, Alias("reception.point-state")]
internal sealed class PointState
{
    [Id(0)] public PointProfile? Profile { get; set; }
    [Id(1)] public Dictionary<string, CaseUpdate> Present { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public Dictionary<string, Tombstone> Tombstones { get; set; } = new(StringComparer.Ordinal);
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
}

[GenerateSerializer, Immutable, Alias("reception.tombstone")]
internal sealed record Tombstone([property: Id(0)] long Version, [property: Id(1)] DateTimeOffset At);
