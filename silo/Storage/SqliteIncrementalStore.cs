using Microsoft.Data.Sqlite;
using static Reception.Silo.Storage.IncrementalStateTables;

namespace Reception.Silo.Storage;

/// <summary>
/// The incremental state tables in the SQLite file. Writes and clears wait their turn on the
/// process-wide <see cref="SqliteWriteGate"/> and take the write lock at once (BEGIN IMMEDIATE);
/// reads take no lock (WAL).
/// </summary>
internal sealed class SqliteIncrementalStore(string connectionString, SqliteWriteGate writeGate) : IIncrementalStateStore
{
    private const string KeyFilter = "service_id = $service AND grain_id = $grain AND state_name = $state";
    private const string Now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    public async Task<StoredState?> ReadAsync(StateKey key, bool wantsEntries)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // A deferred transaction reads the header and its entries from one WAL snapshot; no write lock.
        await using var transaction = connection.BeginTransaction(deferred: true);

        StoredState? stored;
        await using (var header = Command(connection, transaction, $"SELECT version, payload FROM {HeaderTable} WHERE {KeyFilter}", key))
        await using (var reader = await header.ExecuteReaderAsync())
        {
            if (!await reader.ReadAsync())
            {
                return null;
            }

            stored = new StoredState(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1));
        }

        if (wantsEntries && stored.Payload is not null)
        {
            await using var entries = Command(connection, transaction, $"SELECT entry_key, payload FROM {EntryTable} WHERE {KeyFilter}", key);
            await using var reader = await entries.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Entries.Add((reader.GetString(0), reader.GetFieldValue<byte[]>(1)));
            }
        }

        await transaction.CommitAsync();
        return stored;
    }

    public async Task<int> WriteAsync(StateWrite write)
    {
        using var turn = await writeGate.EnterAsync();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);

        await using (var header = Command(connection, transaction, write.Expected is null
            ? $"""
              INSERT INTO {HeaderTable} (service_id, grain_id, state_name, version, payload, modified_at)
              VALUES ($service, $grain, $state, 1, $payload, {Now})
              ON CONFLICT DO NOTHING
              """
            : $"""
              UPDATE {HeaderTable} SET version = version + 1, payload = $payload, modified_at = {Now}
              WHERE {KeyFilter} AND version = $expected
              """, write.Key))
        {
            header.Parameters.Add("$payload", SqliteType.Blob).Value = write.Header;
            if (write.Expected is { } known)
            {
                header.Parameters.AddWithValue("$expected", known);
            }

            if (await header.ExecuteNonQueryAsync() != 1)
            {
                var stored = await StoredVersionAsync(connection, transaction, write.Key);
                throw StateVersion.Conflict("write", write.Key, stored, write.Expected);
            }
        }

        if (write.Deletes.Count > 0)
        {
            // One prepared statement, rebound per entry.
            await using var delete = Command(connection, transaction, $"DELETE FROM {EntryTable} WHERE {KeyFilter} AND entry_key = $key", write.Key);
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
            await using var upsert = Command(connection, transaction, $"""
                INSERT INTO {EntryTable} (service_id, grain_id, state_name, entry_key, version, payload)
                VALUES ($service, $grain, $state, $key, $version, $payload)
                ON CONFLICT (service_id, grain_id, state_name, entry_key)
                DO UPDATE SET version = excluded.version, payload = excluded.payload
                """, write.Key);
            upsert.Parameters.AddWithValue("$version", write.NewVersion);
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
        return write.NewVersion;
    }

    public async Task<int?> ClearAsync(StateKey key, int? expected)
    {
        using var turn = await writeGate.EnterAsync();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (expected is null)
        {
            // Nothing known, so nothing may be stored: clearing is then a no-op.
            var existing = await StoredVersionAsync(connection, transaction, key);
            if (existing is not null)
            {
                throw StateVersion.Conflict("clear", key, existing, expected);
            }

            return null;
        }

        await using (var header = Command(connection, transaction, $"""
            UPDATE {HeaderTable} SET version = version + 1, payload = NULL, modified_at = {Now}
            WHERE {KeyFilter} AND version = $expected
            """, key))
        {
            header.Parameters.AddWithValue("$expected", expected.Value);
            if (await header.ExecuteNonQueryAsync() != 1)
            {
                var stored = await StoredVersionAsync(connection, transaction, key);
                throw StateVersion.Conflict("clear", key, stored, expected);
            }
        }

        await using (var entries = Command(connection, transaction, $"DELETE FROM {EntryTable} WHERE {KeyFilter}", key))
        {
            await entries.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return expected.Value + 1;
    }

    // Nothing to release: connections come from Microsoft.Data.Sqlite's pool, the gate belongs to the host.
    public void Dispose()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task<int?> StoredVersionAsync(SqliteConnection connection, SqliteTransaction transaction, StateKey key)
    {
        await using var command = Command(connection, transaction, $"SELECT version FROM {HeaderTable} WHERE {KeyFilter}", key);
        return await command.ExecuteScalarAsync() is long version ? (int)version : null;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, StateKey key)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$service", key.ServiceId);
        command.Parameters.AddWithValue("$grain", key.GrainId);
        command.Parameters.AddWithValue("$state", key.StateName);
        return command;
    }
}
