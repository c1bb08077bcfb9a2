using System.Data;
using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Reception.Contracts.Returnees;
using Reception.Silo.Storage;

namespace Reception.Silo.Records;

/// <summary>
/// The record in the SQLite file. Writes are group-committed: one batch at a time (SQLite has one writer) takes
/// its turn on the process-wide <see cref="SqliteWriteGate"/>, writes every item under its own SAVEPOINT in one
/// BEGIN IMMEDIATE transaction (an item whose version check or sequences fail rolls back alone) and commits once.
/// Concurrent loads share one read transaction.
/// </summary>
public sealed class SqliteRecordStore(string connectionString, SqliteWriteGate writeGate) : BatchedRecordStore(maxWritesInFlight: 1)
{
    public override async Task<IReadOnlyList<AuditEntry>> ReadEventsAsync(string caseId, long? beforeSequence, int limit)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, at, actor, role, action, detail, facts
            FROM reception_case_event
            WHERE case_id = $case AND ($before IS NULL OR sequence < $before)
            ORDER BY sequence DESC
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$case", caseId);
        command.Parameters.AddWithValue("$before", (object?)beforeSequence ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            entries.Add(Event(reader, RecordEncoding.ParseTime(reader.GetString(1))));
        }

        return entries;
    }

    // SQLITE_ERROR, SQLITE_TOOBIG, SQLITE_CONSTRAINT, SQLITE_MISMATCH: a statement or a value was refused; busy,
    // locked, I/O and full-disk errors are the file's, and would fail each write again.
    protected override bool MayBeOneWritesDoing(Exception error) => error is SqliteException { SqliteErrorCode: 1 or 18 or 19 or 20 };

    protected override async Task<DbDataReader> ReadCasesAsync(IReadOnlyList<string> caseIds)
    {
        var connection = await OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.case_id, c.version, c.state,
                   COALESCE((SELECT max(e.sequence) FROM reception_case_event e WHERE e.case_id = c.case_id), 0)
            FROM reception_case c
            WHERE c.case_id IN (SELECT value FROM json_each($ids))
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(caseIds));
        return await command.ExecuteReaderAsync(CommandBehavior.CloseConnection);
    }

    protected override async Task<IReadOnlyList<BatchOutcome<long>>> WriteBatchAsync(IReadOnlyList<RecordWrite> writes)
    {
        using var turn = await writeGate.EnterAsync();
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        var statements = new SqliteRecordStatements(connection, transaction);
        var outcomes = new BatchOutcome<long>[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            await statements.ExecuteAsync("SAVEPOINT item");
            var conflict = writes[i] switch
            {
                RecordWrite.Save save => await statements.SaveAsync(save.Write),
                RecordWrite.Append append => await statements.AppendAsync(append.Case, append.Events),
                RecordWrite.Access access => await statements.AccessAsync(access.Entry),
                _ => throw new InvalidOperationException($"Unknown write {writes[i].GetType().Name}."),
            };
            if (conflict is not null)
            {
                await statements.ExecuteAsync("ROLLBACK TO item");
            }

            await statements.ExecuteAsync("RELEASE item");
            outcomes[i] = conflict is null
                ? BatchOutcome.Success(writes[i] is RecordWrite.Save s ? s.Write.NewVersion : 0)
                : BatchOutcome.Failure<long>(conflict);
        }

        await transaction.CommitAsync();
        return outcomes;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
