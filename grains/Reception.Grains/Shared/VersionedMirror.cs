using Reception.Grains.Storage;

namespace Reception.Grains.Shared;

/// <summary>
/// What a point and a program share: each mirrors entries whose source of truth is elsewhere (a point the people
/// present, from their returnee records; a program its open referrals), by version. An update is news only when it is
/// newer than the entry held and than the entry's tombstone; a closed entry leaves a tombstone; every write of the
/// grain goes through one <see cref="GroupCommit"/> (so an interleaved apply and a command never write at the same
/// time); and tombstones are pruned on one cadence, <see cref="PruneEvery"/> by the clock, or at once when over the
/// cap by a batch. A clock cadence bounds the cost of the pass over every tombstone whatever the rate (a count of
/// new tombstones would prune several times a second in a surge) and still forgets expired ones at a quiet grain.
/// </summary>
internal sealed class VersionedMirror<TState, TEntry>(IPersistentState<TState> state, Grain grain, Func<TEntry, long> version)
    where TState : IMirrorState<TEntry>
    where TEntry : class
{
    public static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);

    private readonly GroupCommit _commit = new(state.WriteStateAsync);
    private DateTimeOffset _prunedAt = DateTimeOffset.MinValue;

    private TrackedMap<TEntry> Open => state.State.Open;

    private TrackedMap<Tombstone> Tombstones => state.State.Tombstones;

    /// <summary>Whether an update of <paramref name="id"/> at <paramref name="updateVersion"/> is news; <paramref name="held"/> is the open entry held, if any.</summary>
    public bool IsNews(string id, long updateVersion, out TEntry? held)
    {
        held = Open.TryGetValue(id, out var entry) ? entry : null;
        if (held is not null && version(held) >= updateVersion)
        {
            return false;
        }
        return !(Tombstones.TryGetValue(id, out var tombstone) && tombstone.Version >= updateVersion);
    }

    public void Keep(string id, TEntry entry) => Open[id] = entry;

    /// <summary>The entry closed at <paramref name="closedVersion"/>: it leaves, and its tombstone stays.</summary>
    public void Close(string id, long closedVersion, DateTimeOffset now)
    {
        Open.Remove(id);
        Tombstones[id] = new Tombstone(closedVersion, now);
    }

    /// <summary>Prunes the tombstones when due; true when it did, so the grain prunes its own time-bounded data in the same pass.</summary>
    public bool Prune(DateTimeOffset now)
    {
        if (now - _prunedAt < PruneEvery && !TombstonePruning.OverCap(Tombstones))
        {
            return false;
        }
        _prunedAt = now;
        TombstonePruning.Prune(Tombstones, now);
        return true;
    }

    /// <summary>Writes every change made so far, joining the write that starts after the one in flight; a failed write drops the activation.</summary>
    public Task WriteAsync() => _commit.WriteAsync().DeactivateOnFailure(grain);

    /// <summary>Completes when every change made so far is durable: how a duplicate is acknowledged.</summary>
    public Task Durable => _commit.Latest;
}
