using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;
using Reception.Db;
using Reception.Grains.Storage;

namespace Reception.Silo.Storage;

/// <summary>
/// Grain storage that keeps a state as one header row plus, for <see cref="IIncrementalState"/>
/// states, one row per entry of its large collections (tables <c>reception_grain_state</c> and
/// <c>reception_grain_state_entry</c>, db scripts postgres/005 and sqlite/004). A write stores the
/// header and only the entries changed since the previous write, all in one transaction, with
/// optimistic concurrency on the header's version (the ETag).
/// </summary>
/// <remarks>
/// Orleans' <c>StateStorageBridge</c> (10.x) passes every <c>WriteStateAsync</c> straight to the
/// provider: it neither queues nor merges them, so a reentrant grain, or one that starts a write
/// without awaiting it, can have two writes of the same state in flight. They are queued here,
/// per state object, so each write reads the ETag and takes the changes the previous one left.
/// </remarks>
public sealed class IncrementalGrainStorage : IGrainStorage, IDisposable, IAsyncDisposable
{
    private const string HeaderTable = "reception_grain_state";
    private const string EntryTable = "reception_grain_state_entry";

    private readonly DatabaseEngine engine;
    private readonly string connectionString;
    private readonly string serviceId;
    private readonly Serializer serializer;
    private readonly SqliteWriteGate? sqliteWriteGate;
    private readonly NpgsqlDataSource? dataSource;
    private readonly ConditionalWeakTable<object, SemaphoreSlim> stateGates = new();

    public IncrementalGrainStorage(DatabaseEngine engine, string connectionString, string serviceId, Serializer serializer, SqliteWriteGate? sqliteWriteGate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        ArgumentNullException.ThrowIfNull(serializer);
        this.engine = engine;
        this.connectionString = connectionString;
        this.serviceId = serviceId;
        this.serializer = serializer;
        switch (engine)
        {
            case DatabaseEngine.Postgres:
                dataSource = NpgsqlDataSource.Create(connectionString);
                break;
            case DatabaseEngine.Sqlite:
                this.sqliteWriteGate = sqliteWriteGate ?? throw new ArgumentNullException(
                    nameof(sqliteWriteGate), "SQLite storage must queue its writes on the process-wide SqliteWriteGate.");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown database engine.");
        }
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = new StateKey(serviceId, grainId.ToString(), stateName);
        var wantsEntries = typeof(IIncrementalState).IsAssignableFrom(typeof(T));
        var stored = engine == DatabaseEngine.Postgres
            ? await ReadPostgresAsync(key, wantsEntries)
            : await ReadSqliteAsync(key, wantsEntries);

        if (stored is null)
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.ETag = FormatVersion(stored.Version);
        if (stored.Payload is null)
        {
            // Cleared: the tombstone's version is the ETag, the state stays the default one.
            grainState.RecordExists = false;
            return;
        }

        var state = serializer.Deserialize<T>(stored.Payload);
        if (state is IIncrementalState incremental)
        {
            incremental.LoadEntries(stored.Entries.Select(entry =>
                new KeyValuePair<string, object>(entry.Key, serializer.Deserialize<object>(entry.Payload)
                    ?? throw new InvalidOperationException($"Entry '{entry.Key}' of state '{stateName}' of grain {key.GrainId} is stored empty."))));
        }

        grainState.State = state;
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = new StateKey(serviceId, grainId.ToString(), stateName);
        var stateGate = stateGates.GetValue(grainState, static _ => new SemaphoreSlim(1, 1));
        await stateGate.WaitAsync();
        try
        {
            var expected = ParseVersion(grainState.ETag, key);
            var incremental = grainState.State as IIncrementalState;
            IReadOnlyDictionary<string, object?>? changes = null;
            try
            {
                // Snapshot everything before the first database await: the grain may change its
                // state again (reentrancy) while this write is in flight.
                changes = incremental?.TakeChanges();
                var header = serializer.SerializeToArray(grainState.State);
                var upserts = new List<(string Key, byte[] Payload)>();
                var deletes = new List<string>();
                if (changes is not null)
                {
                    foreach (var (entryKey, value) in changes)
                    {
                        if (value is null) deletes.Add(entryKey);
                        else upserts.Add((entryKey, serializer.SerializeToArray<object>(value)));
                    }
                }

                var written = new PendingWrite(key, expected, header, upserts, deletes);
                var version = engine == DatabaseEngine.Postgres
                    ? await WritePostgresAsync(written)
                    : await WriteSqliteAsync(written);

                grainState.ETag = FormatVersion(version);
                grainState.RecordExists = true;
            }
            catch
            {
                if (changes is not null) incremental!.RestoreChanges(changes);
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
        var key = new StateKey(serviceId, grainId.ToString(), stateName);
        var stateGate = stateGates.GetValue(grainState, static _ => new SemaphoreSlim(1, 1));
        await stateGate.WaitAsync();
        try
        {
            var expected = ParseVersion(grainState.ETag, key);
            var version = engine == DatabaseEngine.Postgres
                ? await ClearPostgresAsync(key, expected)
                : await ClearSqliteAsync(key, expected);
            grainState.ETag = FormatVersion(version);
            grainState.RecordExists = false;
        }
        finally
        {
            stateGate.Release();
        }
    }

    public void Dispose() => dataSource?.Dispose();

    public ValueTask DisposeAsync() => dataSource?.DisposeAsync() ?? ValueTask.CompletedTask;

    // ---------------------------------------------------------------- PostgreSQL

    private const string PgKeyFilter = "service_id = $1 AND grain_id = $2 AND state_name = $3";

    private async Task<StoredState?> ReadPostgresAsync(StateKey key, bool wantsEntries)
    {
        await using var connection = await dataSource!.OpenConnectionAsync();
        // One snapshot for the header and its entries.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(PgCommand($"SELECT version, payload FROM {HeaderTable} WHERE {PgKeyFilter}", key));
        if (wantsEntries)
        {
            batch.BatchCommands.Add(PgCommand($"SELECT entry_key, payload FROM {EntryTable} WHERE {PgKeyFilter}", key));
        }

        StoredState? stored = null;
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            if (await reader.ReadAsync())
            {
                stored = new StoredState(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1));
            }

            if (wantsEntries && await reader.NextResultAsync())
            {
                while (await reader.ReadAsync())
                {
                    stored?.Entries.Add((reader.GetString(0), reader.GetFieldValue<byte[]>(1)));
                }
            }
        }

        await transaction.CommitAsync();
        return stored;
    }

    private async Task<int> WritePostgresAsync(PendingWrite write)
    {
        await using var connection = await dataSource!.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var newVersion = write.Expected is { } expected ? expected + 1 : 1;

        // The header goes first: it takes the row lock that orders concurrent writers of this
        // state, so their entry statements never interleave (no deadlocks on entry rows).
        await using var batch = new NpgsqlBatch(connection, transaction);
        var header = write.Expected is null
            ? PgCommand($"""
                INSERT INTO {HeaderTable} (service_id, grain_id, state_name, version, payload, modified_at)
                VALUES ($1, $2, $3, 1, $4, now())
                ON CONFLICT DO NOTHING
                """, write.Key)
            : PgCommand($"""
                UPDATE {HeaderTable} SET version = version + 1, payload = $4, modified_at = now()
                WHERE {PgKeyFilter} AND version = $5
                """, write.Key);
        header.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = write.Header, NpgsqlDbType = NpgsqlDbType.Bytea });
        if (write.Expected is { } known) header.Parameters.Add(new NpgsqlParameter<int> { TypedValue = known });
        batch.BatchCommands.Add(header);

        if (write.Deletes.Count > 0)
        {
            var delete = PgCommand($"DELETE FROM {EntryTable} WHERE {PgKeyFilter} AND entry_key = ANY($4)", write.Key);
            delete.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. write.Deletes], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            batch.BatchCommands.Add(delete);
        }

        if (write.Upserts.Count > 0)
        {
            var upsert = PgCommand($"""
                INSERT INTO {EntryTable} (service_id, grain_id, state_name, entry_key, version, payload)
                SELECT $1, $2, $3, e.entry_key, $4, e.payload
                FROM unnest($5::text[], $6::bytea[]) AS e(entry_key, payload)
                ON CONFLICT (service_id, grain_id, state_name, entry_key)
                DO UPDATE SET version = excluded.version, payload = excluded.payload
                """, write.Key);
            upsert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = newVersion });
            upsert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = write.Upserts.Select(u => u.Key).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            upsert.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = write.Upserts.Select(u => u.Payload).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            batch.BatchCommands.Add(upsert);
        }

        await batch.ExecuteNonQueryAsync();
        if (header.RecordsAffected != 1)
        {
            var stored = await PgStoredVersionAsync(connection, transaction, write.Key);
            await transaction.RollbackAsync();
            throw Inconsistent("write", write.Key, stored, write.Expected);
        }

        await transaction.CommitAsync();
        return newVersion;
    }

    private async Task<int?> ClearPostgresAsync(StateKey key, int? expected)
    {
        await using var connection = await dataSource!.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (expected is null)
        {
            // Nothing known, so nothing may be stored: clearing is then a no-op.
            var existing = await PgStoredVersionAsync(connection, transaction, key);
            if (existing is not null) throw Inconsistent("clear", key, existing, expected);
            return null;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        var header = PgCommand($"""
            UPDATE {HeaderTable} SET version = version + 1, payload = NULL, modified_at = now()
            WHERE {PgKeyFilter} AND version = $4
            """, key);
        header.Parameters.Add(new NpgsqlParameter<int> { TypedValue = expected.Value });
        batch.BatchCommands.Add(header);
        batch.BatchCommands.Add(PgCommand($"DELETE FROM {EntryTable} WHERE {PgKeyFilter}", key));
        await batch.ExecuteNonQueryAsync();
        if (header.RecordsAffected != 1)
        {
            var stored = await PgStoredVersionAsync(connection, transaction, key);
            await transaction.RollbackAsync();
            throw Inconsistent("clear", key, stored, expected);
        }

        await transaction.CommitAsync();
        return expected.Value + 1;
    }

    private static async Task<int?> PgStoredVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StateKey key)
    {
        await using var command = new NpgsqlCommand($"SELECT version FROM {HeaderTable} WHERE {PgKeyFilter}", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.ServiceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.StateName });
        return await command.ExecuteScalarAsync() is int version ? version : null;
    }

    private static NpgsqlBatchCommand PgCommand(string sql, StateKey key)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.ServiceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.StateName });
        return command;
    }

    // ---------------------------------------------------------------- SQLite

    private const string SqliteKeyFilter = "service_id = $service AND grain_id = $grain AND state_name = $state";

    private async Task<StoredState?> ReadSqliteAsync(StateKey key, bool wantsEntries)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // A deferred transaction reads the header and its entries from one WAL snapshot; no write lock.
        await using var transaction = connection.BeginTransaction(deferred: true);

        StoredState? stored;
        await using (var header = SqliteCommand(connection, transaction, $"SELECT version, payload FROM {HeaderTable} WHERE {SqliteKeyFilter}", key))
        await using (var reader = await header.ExecuteReaderAsync())
        {
            if (!await reader.ReadAsync()) return null;
            stored = new StoredState(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1));
        }

        if (wantsEntries && stored.Payload is not null)
        {
            await using var entries = SqliteCommand(connection, transaction, $"SELECT entry_key, payload FROM {EntryTable} WHERE {SqliteKeyFilter}", key);
            await using var reader = await entries.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Entries.Add((reader.GetString(0), reader.GetFieldValue<byte[]>(1)));
            }
        }

        await transaction.CommitAsync();
        return stored;
    }

    private async Task<int> WriteSqliteAsync(PendingWrite write)
    {
        using var turn = await sqliteWriteGate!.EnterAsync();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: take the write lock now
        var newVersion = write.Expected is { } expected ? expected + 1 : 1;

        await using (var header = SqliteCommand(connection, transaction, write.Expected is null
            ? $"""
              INSERT INTO {HeaderTable} (service_id, grain_id, state_name, version, payload, modified_at)
              VALUES ($service, $grain, $state, 1, $payload, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
              ON CONFLICT DO NOTHING
              """
            : $"""
              UPDATE {HeaderTable} SET version = version + 1, payload = $payload, modified_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
              WHERE {SqliteKeyFilter} AND version = $expected
              """, write.Key))
        {
            header.Parameters.Add("$payload", SqliteType.Blob).Value = write.Header;
            if (write.Expected is { } known) header.Parameters.AddWithValue("$expected", known);
            if (await header.ExecuteNonQueryAsync() != 1)
            {
                var stored = await SqliteStoredVersionAsync(connection, transaction, write.Key);
                throw Inconsistent("write", write.Key, stored, write.Expected);
            }
        }

        if (write.Deletes.Count > 0)
        {
            // One prepared statement, rebound per entry.
            await using var delete = SqliteCommand(connection, transaction, $"DELETE FROM {EntryTable} WHERE {SqliteKeyFilter} AND entry_key = $key", write.Key);
            var entryKey = delete.Parameters.Add("$key", SqliteType.Text);
            delete.Prepare();
            foreach (var key in write.Deletes)
            {
                entryKey.Value = key;
                await delete.ExecuteNonQueryAsync();
            }
        }

        if (write.Upserts.Count > 0)
        {
            await using var upsert = SqliteCommand(connection, transaction, $"""
                INSERT INTO {EntryTable} (service_id, grain_id, state_name, entry_key, version, payload)
                VALUES ($service, $grain, $state, $key, $version, $payload)
                ON CONFLICT (service_id, grain_id, state_name, entry_key)
                DO UPDATE SET version = excluded.version, payload = excluded.payload
                """, write.Key);
            upsert.Parameters.AddWithValue("$version", newVersion);
            var entryKey = upsert.Parameters.Add("$key", SqliteType.Text);
            var payload = upsert.Parameters.Add("$payload", SqliteType.Blob);
            upsert.Prepare();
            foreach (var (key, bytes) in write.Upserts)
            {
                entryKey.Value = key;
                payload.Value = bytes;
                await upsert.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        return newVersion;
    }

    private async Task<int?> ClearSqliteAsync(StateKey key, int? expected)
    {
        using var turn = await sqliteWriteGate!.EnterAsync();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (expected is null)
        {
            var existing = await SqliteStoredVersionAsync(connection, transaction, key);
            if (existing is not null) throw Inconsistent("clear", key, existing, expected);
            return null;
        }

        await using (var header = SqliteCommand(connection, transaction, $"""
            UPDATE {HeaderTable} SET version = version + 1, payload = NULL, modified_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE {SqliteKeyFilter} AND version = $expected
            """, key))
        {
            header.Parameters.AddWithValue("$expected", expected.Value);
            if (await header.ExecuteNonQueryAsync() != 1)
            {
                var stored = await SqliteStoredVersionAsync(connection, transaction, key);
                throw Inconsistent("clear", key, stored, expected);
            }
        }

        await using (var entries = SqliteCommand(connection, transaction, $"DELETE FROM {EntryTable} WHERE {SqliteKeyFilter}", key))
        {
            await entries.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return expected.Value + 1;
    }

    private static async Task<int?> SqliteStoredVersionAsync(SqliteConnection connection, SqliteTransaction transaction, StateKey key)
    {
        await using var command = SqliteCommand(connection, transaction, $"SELECT version FROM {HeaderTable} WHERE {SqliteKeyFilter}", key);
        return await command.ExecuteScalarAsync() is long version ? (int)version : null;
    }

    private static SqliteCommand SqliteCommand(SqliteConnection connection, SqliteTransaction transaction, string sql, StateKey key)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$service", key.ServiceId);
        command.Parameters.AddWithValue("$grain", key.GrainId);
        command.Parameters.AddWithValue("$state", key.StateName);
        return command;
    }

    // ---------------------------------------------------------------- shared

    private static string? FormatVersion(int? version) => version?.ToString(CultureInfo.InvariantCulture);

    private static int? ParseVersion(string? etag, StateKey key)
    {
        if (etag is null) return null;
        if (int.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return version;
        throw new InconsistentStateException(
            $"ETag '{etag}' of state '{key.StateName}' of grain {key.GrainId} is not a version of this storage.", null, etag);
    }

    private static InconsistentStateException Inconsistent(string operation, StateKey key, int? stored, int? expected) => new(
        $"Cannot {operation} state '{key.StateName}' of grain {key.GrainId}: stored version is {FormatVersion(stored) ?? "(none)"}, " +
        $"this activation has {FormatVersion(expected) ?? "(none)"}; another activation wrote it first.",
        FormatVersion(stored), FormatVersion(expected));

    private readonly record struct StateKey(string ServiceId, string GrainId, string StateName);

    private sealed record PendingWrite(StateKey Key, int? Expected, byte[] Header, List<(string Key, byte[] Payload)> Upserts, List<string> Deletes);

    private sealed record StoredState(int Version, byte[]? Payload)
    {
        public List<(string Key, byte[] Payload)> Entries { get; } = [];
    }
}
