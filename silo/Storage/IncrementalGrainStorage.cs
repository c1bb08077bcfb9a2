using System.Diagnostics;
using System.Runtime.CompilerServices;
using Orleans.Serialization;
using Orleans.Storage;
using Reception.Db;
using Reception.Grains.Storage;
using Reception.Grains.Telemetry;

namespace Reception.Silo.Storage;

/// <summary>
/// Grain storage that keeps a state as one header row plus, for <see cref="IIncrementalState"/>
/// states, one row per entry of its large collections (tables <c>reception_grain_state</c> and
/// <c>reception_grain_state_entry</c>, db scripts postgres/005 and sqlite/004). A write stores the
/// header and only the entries changed since the previous write, all in one transaction, with
/// optimistic concurrency on the header's version (the ETag). The SQL of each engine is in its
/// <see cref="IIncrementalStateStore"/>.
/// </summary>
/// <remarks>
/// Orleans' <c>StateStorageBridge</c> (10.x) passes every <c>WriteStateAsync</c> straight to the
/// provider: it neither queues nor merges them, so a reentrant grain, or one that starts a write
/// without awaiting it, can have two writes of the same state in flight. They are queued here,
/// per state object, so each write reads the ETag and takes the changes the previous one left.
/// </remarks>
public sealed class IncrementalGrainStorage : IGrainStorage, IDisposable, IAsyncDisposable
{
    private readonly IIncrementalStateStore _store;
    private readonly string _serviceId;
    private readonly Serializer _serializer;
    private readonly ConditionalWeakTable<object, SemaphoreSlim> _stateGates = new();

    public IncrementalGrainStorage(DatabaseEngine engine, string connectionString, string serviceId, Serializer serializer, SqliteWriteGate? sqliteWriteGate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        ArgumentNullException.ThrowIfNull(serializer);
        _serviceId = serviceId;
        _serializer = serializer;
        _store = engine switch
        {
            DatabaseEngine.Postgres => new PostgresIncrementalStore(connectionString),
            DatabaseEngine.Sqlite => new SqliteIncrementalStore(connectionString, sqliteWriteGate ?? throw new ArgumentNullException(
                nameof(sqliteWriteGate), "SQLite storage must queue its writes on the process-wide SqliteWriteGate.")),
            _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown database engine."),
        };
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = new StateKey(_serviceId, grainId.ToString(), stateName);
        var wantsEntries = typeof(IIncrementalState).IsAssignableFrom(typeof(T));
        var stored = await _store.ReadAsync(key, wantsEntries);

        if (stored is null)
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.ETag = StateVersion.Format(stored.Version);
        if (stored.Payload is null)
        {
            // Cleared: the tombstone's version is the ETag, the state stays the default one.
            grainState.RecordExists = false;
            return;
        }

        var state = _serializer.Deserialize<T>(stored.Payload);
        if (state is IIncrementalState incremental)
        {
            incremental.LoadEntries(stored.Entries.Select(entry =>
                new KeyValuePair<string, object>(entry.Key, _serializer.Deserialize<object>(entry.Payload)
                    ?? throw new InvalidOperationException($"Entry '{entry.Key}' of state '{stateName}' of grain {key.GrainId} is stored empty."))));
        }

        grainState.State = state;
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = new StateKey(_serviceId, grainId.ToString(), stateName);
        var stateGate = _stateGates.GetValue(grainState, static _ => new SemaphoreSlim(1, 1));
        await stateGate.WaitAsync();
        try
        {
            var expected = StateVersion.Parse(grainState.ETag, key);
            var incremental = grainState.State as IIncrementalState;
            IReadOnlyDictionary<string, object?>? changes = null;
            try
            {
                // Snapshot everything before the first database await: the grain may change its
                // state again (reentrancy) while this write is in flight.
                changes = incremental?.TakeChanges();
                var header = _serializer.SerializeToArray(grainState.State);
                var upserts = new List<(string Key, byte[] Payload)>();
                var deletes = new List<string>();
                if (changes is not null)
                {
                    foreach (var (entryKey, value) in changes)
                    {
                        if (value is null)
                        {
                            deletes.Add(entryKey);
                        }
                        else
                        {
                            upserts.Add((entryKey, _serializer.SerializeToArray<object>(value)));
                        }
                    }
                }

                var started = Stopwatch.GetTimestamp();
                var version = await _store.WriteAsync(new StateWrite(key, expected, header, upserts, deletes));
                ReceptionMetrics.StorageWritten(stateName, 1 + upserts.Count + deletes.Count, Stopwatch.GetElapsedTime(started));
                grainState.ETag = StateVersion.Format(version);
                grainState.RecordExists = true;
            }
            catch
            {
                if (changes is not null)
                {
                    incremental!.RestoreChanges(changes);
                }

                throw;
            }
        }
        finally
        {
            stateGate.Release();
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = new StateKey(_serviceId, grainId.ToString(), stateName);
        var stateGate = _stateGates.GetValue(grainState, static _ => new SemaphoreSlim(1, 1));
        await stateGate.WaitAsync();
        try
        {
            var expected = StateVersion.Parse(grainState.ETag, key);
            var version = await _store.ClearAsync(key, expected);
            grainState.ETag = StateVersion.Format(version);
            grainState.RecordExists = false;
        }
        finally
        {
            stateGate.Release();
        }
    }

    public void Dispose() => _store.Dispose();

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
