namespace Reception.Silo.Storage;

/// <summary>
/// What <see cref="IncrementalGrainStorage"/> asks of a database engine: read a state's header and
/// entries from one snapshot, and write or clear them in one transaction, refusing with
/// <see cref="StateVersion.Conflict"/> when the header's version is not the expected one.
/// </summary>
internal interface IIncrementalStateStore : IDisposable, IAsyncDisposable
{
    /// <summary>The header, or null if the state was never written; entries only when asked for.</summary>
    Task<StoredState?> ReadAsync(StateKey key, bool wantsEntries);

    /// <summary>Stores the header and the changed entries; returns the new version.</summary>
    Task<int> WriteAsync(StateWrite write);

    /// <summary>Leaves a header without payload (a tombstone) and no entries; returns its version.</summary>
    Task<int?> ClearAsync(StateKey key, int? expected);
}

/// <summary>The tables of db scripts postgres/005 and sqlite/004.</summary>
internal static class IncrementalStateTables
{
    public const string HeaderTable = "reception_grain_state";
    public const string EntryTable = "reception_grain_state_entry";
}

internal readonly record struct StateKey(string ServiceId, string GrainId, string StateName);

internal sealed record StateWrite(StateKey Key, int? Expected, byte[] Header, List<(string Key, byte[] Payload)> Upserts, List<string> Deletes)
{
    public int NewVersion => Expected is { } expected ? expected + 1 : 1;
}

internal sealed record StoredState(int Version, byte[]? Payload)
{
    public List<(string Key, byte[] Payload)> Entries { get; } = [];
}
