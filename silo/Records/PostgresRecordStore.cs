using System.Data;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Reception.Contracts.Returnees;

namespace Reception.Silo.Records;

/// <summary>
/// The record on PostgreSQL. Concurrent writes from many grains are group-committed: each batch (up to
/// <see cref="BatchedRecordStore.MaxBatchSize"/> writes, <see cref="MaxWritesInFlight"/> batches at once) is one statement per round
/// of data-modifying CTEs over arrays, sent in one round trip and committed as one implicit transaction. A case
/// whose version check fails writes nothing and its caller alone gets the conflict. Concurrent loads share one
/// query.
/// </summary>
public sealed class PostgresRecordStore(string connectionString) : BatchedRecordStore(MaxWritesInFlight)
{
    /// <summary>Write batches at once: enough to overlap one batch's round trip with the next one's commit, few enough to keep connections free.</summary>
    public const int MaxWritesInFlight = 3;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override async Task<IReadOnlyList<AuditEntry>> ReadEventsAsync(string caseId, long? beforeSequence, int limit)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT sequence, at, actor, role, action, detail, facts::text
            FROM reception_case_event
            WHERE case_id = $1 AND ($2::bigint IS NULL OR sequence < $2)
            ORDER BY sequence DESC
            LIMIT $3
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = caseId });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)beforeSequence ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            entries.Add(Event(reader, new DateTimeOffset(reader.GetFieldValue<DateTime>(1))));
        }

        return entries;
    }

    // The server refused the statement (a constraint, a missing table, a deadlock): the connection was fine, so a
    // retry of each write costs a round trip. Transient errors (connection lost, shutdown) would only fail again.
    protected override bool MayBeOneWritesDoing(Exception error) =>
        error is PostgresException { IsTransient: false } or PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    protected override ValueTask ReleaseAsync() => _dataSource.DisposeAsync();

    protected override async Task<DbDataReader> ReadCasesAsync(IReadOnlyList<string> caseIds)
    {
        var command = _dataSource.CreateCommand("""
            SELECT c.case_id, c.version, c.state,
                   COALESCE((SELECT max(e.sequence) FROM reception_case_event e WHERE e.case_id = c.case_id), 0)
            FROM reception_case c
            WHERE c.case_id = ANY($1)
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. caseIds] });
        return await command.ExecuteReaderAsync(CommandBehavior.CloseConnection);
    }

    protected override async Task<IReadOnlyList<BatchOutcome<long>>> WriteBatchAsync(IReadOnlyList<RecordWrite> writes)
    {
        var rounds = RecordWrite.Rounds(writes);
        await using var connection = await _dataSource.OpenConnectionAsync();
        // No explicit transaction: a batch's statements run as one implicit transaction, in one round trip.
        await using var batch = new NpgsqlBatch(connection);
        foreach (var round in rounds)
        {
            batch.BatchCommands.Add(PostgresRecordWrite.Command(round.Select(i => writes[i]).ToList()));
        }

        var outcomes = writes.Select(w => BatchOutcome.Success(w is RecordWrite.Save save ? save.Write.NewVersion : 0)).ToArray();
        try
        {
            await using var reader = await batch.ExecuteReaderAsync();
            foreach (var round in rounds)
            {
                var failures = new Dictionary<string, (bool Append, long? Stored)>(StringComparer.Ordinal);
                while (await reader.ReadAsync())
                {
                    failures[reader.GetString(0)] = (reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
                }

                foreach (var i in round)
                {
                    if (writes[i].CaseId is { } caseId && failures.TryGetValue(caseId, out var failure))
                    {
                        outcomes[i] = BatchOutcome.Failure<long>(writes[i] switch
                        {
                            RecordWrite.Save save => RecordConflict.Save(caseId, failure.Stored, save.Write.ExpectedVersion),
                            RecordWrite.Append append => RecordConflict.Append(caseId, append.Events.Select(e => e.Sequence).ToList()),
                            _ => throw new InvalidOperationException("An access entry cannot conflict."),
                        });
                    }
                }

                await reader.NextResultAsync();
            }
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UniqueViolation && writes is [{ CaseId: { } caseId } write])
        {
            // Alone in its batch (the batcher retries a failed batch item by item), an event whose sequence a
            // concurrent batch took is this case's conflict.
            return [BatchOutcome.Failure<long>(write is RecordWrite.Save save
                ? RecordConflict.Save(caseId, null, save.Write.ExpectedVersion)
                : RecordConflict.Append(caseId, ((RecordWrite.Append)write).Events.Select(e => e.Sequence).ToList()))];
        }

        return outcomes;
    }
}
