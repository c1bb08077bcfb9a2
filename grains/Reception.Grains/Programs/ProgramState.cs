using Reception.Contracts.Programs;
using Reception.Grains.Points;

namespace Reception.Grains.Programs;

/// <summary>Bounded: only active referrals (pending or accepted), today's counters and recent tombstones.</summary>
[GenerateSerializer, Alias("reception.program-state")]
internal sealed class ProgramState
{
    [Id(0)] public ProgramProfile? Profile { get; set; }
    [Id(1)] public Dictionary<string, ReferralUpdate> Active { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public Dictionary<string, Tombstone> Tombstones { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public DateOnly Day { get; set; }
    [Id(4)] public int Received { get; set; }
    [Id(5)] public int Accepted { get; set; }
    [Id(6)] public int Declined { get; set; }
    [Id(7)] public int Completed { get; set; }
    [Id(8)] public int Cancelled { get; set; }
}
