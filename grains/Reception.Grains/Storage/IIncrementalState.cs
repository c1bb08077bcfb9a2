namespace Reception.Grains.Storage;

/// <summary>
/// A grain state stored as a small header (the state object's own <c>[Id]</c> members) plus one row
/// per entry of its large collections, so that a write costs what changed since the last write, not
/// the number of people a point holds. The incremental grain storage writes the header and the
/// changed entries in one transaction.
/// </summary>
public interface IIncrementalState
{
    /// <summary>The entries changed since the last successful write: key → the entry now, or null when removed. Taking them clears them.</summary>
    IReadOnlyDictionary<string, object?> TakeChanges();

    /// <summary>After a failed write: marks those keys changed again (their current values are the ones to write).</summary>
    void RestoreChanges(IReadOnlyDictionary<string, object?> changes);

    /// <summary>After a read: the entries stored for this state (the header is already in this object).</summary>
    void LoadEntries(IEnumerable<KeyValuePair<string, object>> entries);
}
