using Reception.Grains.Shared;
using Reception.Grains.Storage;

namespace Reception.Tests.Workflow;

/// <summary>Points and programs forget old tombstones, and trim to the cap only in batches.</summary>
public sealed class TombstonePruningTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Expired_tombstones_go_and_beyond_the_cap_the_oldest_go()
    {
        var tombstones = new TrackedMap<Tombstone>();
        tombstones["expired"] = new Tombstone(3, Now - TombstonePruning.Retention - TimeSpan.FromMinutes(1));
        for (var i = 0; i < TombstonePruning.Max + 10; i++)
        {
            tombstones[$"case-{i:D6}"] = new Tombstone(1, Now - TimeSpan.FromSeconds(TombstonePruning.Max + 10 - i));
        }

        TombstonePruning.Prune(tombstones, Now);

        Assert.Equal(TombstonePruning.Max, tombstones.Count);
        Assert.False(tombstones.TryGetValue("expired", out _));
        Assert.False(tombstones.TryGetValue("case-000009", out _));
        Assert.True(tombstones.TryGetValue("case-000010", out _));
        Assert.True(tombstones.TryGetValue($"case-{TombstonePruning.Max + 9:D6}", out _));
    }

    [Fact]
    public void The_cap_counts_as_exceeded_only_after_a_whole_batch_more()
    {
        var tombstones = new TrackedMap<Tombstone>();
        for (var i = 0; i < TombstonePruning.Max + TombstonePruning.Slack; i++)
        {
            tombstones[$"case-{i}"] = new Tombstone(1, Now);
        }
        Assert.False(TombstonePruning.OverCap(tombstones));

        tombstones["one-more"] = new Tombstone(1, Now);

        Assert.True(TombstonePruning.OverCap(tombstones));
    }
}
