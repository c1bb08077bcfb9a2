using System.Data.Common;
using System.Globalization;
using Reception.Contracts.Returnees;
using Reception.Contracts.Rights;
using Reception.Db;
using Reception.Grains.Records;
using Reception.Silo.Storage;

namespace Reception.Silo.Records;

/// <summary>
/// The record's side of the person's rights and retention (db scripts postgres/012 and sqlite/010), one text for both
/// engines but for how each takes JSON and times. On SQLite the events' update queues on the process-wide write gate.
/// </summary>
internal sealed class SqlRightsRecord(DatabaseEngine engine, string connectionString, SqliteWriteGate? writeGate) : IRightsRecord
{
    private readonly RecordConnections _connections = new(engine, connectionString);

    public async Task AnonymiseEventsAsync(string caseId, IReadOnlyList<AuditEntry> anonymised)
    {
        if (anonymised.Count == 0)
        {
            return;
        }
        using var turn = writeGate is null ? (IDisposable?)null : await writeGate.EnterAsync();
        await using var connection = await _connections.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var facts = _connections.Postgres ? "CAST(@facts AS jsonb)" : "@facts";
        foreach (var entry in anonymised)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"""
                UPDATE reception_case_event SET detail = @detail, facts = {facts}, anonymised = TRUE
                 WHERE case_id = @case AND sequence = @sequence AND NOT anonymised
                """;
            RecordConnections.Add(command, "detail", entry.Detail);
            RecordConnections.Add(command, "facts", RecordEncoding.FactsJson(entry.Facts));
            RecordConnections.Add(command, "case", caseId);
            RecordConnections.Add(command, "sequence", entry.Sequence);
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    public async Task<IReadOnlyList<RetentionCase>> DueForRetentionAsync(DateTimeOffset exitedBefore, int limit)
    {
        await using var connection = await _connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT case_id, point_code, arrival_local_date, exit_at FROM reception_case
             WHERE exit_at IS NOT NULL AND exit_at < @before AND anonymised_at IS NULL
             ORDER BY exit_at, case_id
             LIMIT @limit
            """;
        RecordConnections.Add(command, "before", _connections.Postgres ? exitedBefore.UtcDateTime : RecordEncoding.Time(exitedBefore));
        RecordConnections.Add(command, "limit", limit);
        var cases = new List<RetentionCase>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            cases.Add(new RetentionCase(reader.GetString(0), reader.GetString(1), Day(reader, 2), Time(reader, 3)));
        }
        return cases;
    }

    public async Task<IReadOnlyList<AccessRecord>> AccessEntriesAsync(IReadOnlyList<string> subjects)
    {
        var entries = new List<AccessRecord>();
        await using var connection = await _connections.OpenAsync();
        foreach (var subject in subjects.Distinct(StringComparer.Ordinal))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT at, actor, role, action, subject, listed FROM reception_access_log WHERE subject = @subject";
            RecordConnections.Add(command, "subject", subject);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                entries.Add(new AccessRecord(Time(reader, 0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5)));
            }
        }
        return entries.OrderBy(e => e.At).ToList();
    }

    private DateTimeOffset Time(DbDataReader reader, int ordinal) => _connections.Postgres
        ? new DateTimeOffset(reader.GetFieldValue<DateTime>(ordinal), TimeSpan.Zero)
        : RecordEncoding.ParseTime(reader.GetString(ordinal));

    private DateOnly Day(DbDataReader reader, int ordinal) => _connections.Postgres
        ? reader.GetFieldValue<DateOnly>(ordinal)
        : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
