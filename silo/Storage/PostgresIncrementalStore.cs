using System.Data;
using Npgsql;
using NpgsqlTypes;
using static Reception.Silo.Storage.IncrementalStateTables;

namespace Reception.Silo.Storage;

/// <summary>
/// The incremental state tables on PostgreSQL. Each operation sends its statements as one batch:
/// PostgreSQL's cost per write is mostly round trips and commits.
/// </summary>
internal sealed class PostgresIncrementalStore(string connectionString) : IIncrementalStateStore
{
    private const string KeyFilter = "service_id = $1 AND grain_id = $2 AND state_name = $3";

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<StoredState?> ReadAsync(StateKey key, bool wantsEntries)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        // One snapshot for the header and its entries.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(Command($"SELECT version, payload FROM {HeaderTable} WHERE {KeyFilter}", key));
        if (wantsEntries)
        {
            batch.BatchCommands.Add(Command($"SELECT entry_key, payload FROM {EntryTable} WHERE {KeyFilter}", key));
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

    public async Task<int> WriteAsync(StateWrite write)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        // The header goes first: it takes the row lock that orders concurrent writers of this
        // state, so their entry statements never interleave (no deadlocks on entry rows).
        await using var batch = new NpgsqlBatch(connection, transaction);
        var header = write.Expected is null
            ? Command($"""
                INSERT INTO {HeaderTable} (service_id, grain_id, state_name, version, payload, modified_at)
                VALUES ($1, $2, $3, 1, $4, now())
                ON CONFLICT DO NOTHING
                """, write.Key)
            : Command($"""
                UPDATE {HeaderTable} SET version = version + 1, payload = $4, modified_at = now()
                WHERE {KeyFilter} AND version = $5
                """, write.Key);
        header.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = write.Header, NpgsqlDbType = NpgsqlDbType.Bytea });
        if (write.Expected is { } known)
        {
            header.Parameters.Add(new NpgsqlParameter<int> { TypedValue = known });
        }

        batch.BatchCommands.Add(header);

        if (write.Deletes.Count > 0)
        {
            var delete = Command($"DELETE FROM {EntryTable} WHERE {KeyFilter} AND entry_key = ANY($4)", write.Key);
            delete.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. write.Deletes], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            batch.BatchCommands.Add(delete);
        }

        if (write.Upserts.Count > 0)
        {
            var upsert = Command($"""
                INSERT INTO {EntryTable} (service_id, grain_id, state_name, entry_key, version, payload)
                SELECT $1, $2, $3, e.entry_key, $4, e.payload
                FROM unnest($5::text[], $6::bytea[]) AS e(entry_key, payload)
                ON CONFLICT (service_id, grain_id, state_name, entry_key)
                DO UPDATE SET version = excluded.version, payload = excluded.payload
                """, write.Key);
            upsert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = write.NewVersion });
            upsert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = write.Upserts.Select(u => u.Key).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            upsert.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = write.Upserts.Select(u => u.Payload).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            batch.BatchCommands.Add(upsert);
        }

        await batch.ExecuteNonQueryAsync();
        if (header.RecordsAffected != 1)
        {
            var stored = await StoredVersionAsync(connection, transaction, write.Key);
            await transaction.RollbackAsync();
            throw StateVersion.Conflict("write", write.Key, stored, write.Expected);
        }

        await transaction.CommitAsync();
        return write.NewVersion;
    }

    public async Task<int?> ClearAsync(StateKey key, int? expected)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
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

        await using var batch = new NpgsqlBatch(connection, transaction);
        var header = Command($"""
            UPDATE {HeaderTable} SET version = version + 1, payload = NULL, modified_at = now()
            WHERE {KeyFilter} AND version = $4
            """, key);
        header.Parameters.Add(new NpgsqlParameter<int> { TypedValue = expected.Value });
        batch.BatchCommands.Add(header);
        batch.BatchCommands.Add(Command($"DELETE FROM {EntryTable} WHERE {KeyFilter}", key));
        await batch.ExecuteNonQueryAsync();
        if (header.RecordsAffected != 1)
        {
            var stored = await StoredVersionAsync(connection, transaction, key);
            await transaction.RollbackAsync();
            throw StateVersion.Conflict("clear", key, stored, expected);
        }

        await transaction.CommitAsync();
        return expected.Value + 1;
    }

    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static async Task<int?> StoredVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StateKey key)
    {
        await using var command = new NpgsqlCommand($"SELECT version FROM {HeaderTable} WHERE {KeyFilter}", connection, transaction);
        AddKey(command.Parameters, key);
        return await command.ExecuteScalarAsync() is int version ? version : null;
    }

    private static NpgsqlBatchCommand Command(string sql, StateKey key)
    {
        var command = new NpgsqlBatchCommand(sql);
        AddKey(command.Parameters, key);
        return command;
    }

    private static void AddKey(NpgsqlParameterCollection parameters, StateKey key)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = key.ServiceId });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainId });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = key.StateName });
    }
}
