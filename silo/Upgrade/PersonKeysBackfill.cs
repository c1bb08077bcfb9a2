using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;
using Reception.Db;
using Reception.Grains.Records;
using Reception.Silo.Records;

namespace Reception.Silo.Upgrade;

/// <summary>
/// At startup, before the silo accepts calls, gives the record's older cases what finding people reads: their
/// phonetic name, birth year and name keys (<see cref="UnkeyedCases"/>). Only rows still without a phonetic name
/// are read, a page at a time in case id order, so a second start rewrites nothing.
/// </summary>
public sealed partial class PersonKeysBackfill(
    DatabaseEngine engine,
    string connectionString,
    IRecordStore records,
    Serializer serializer,
    TimeProvider time,
    ILogger<PersonKeysBackfill> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private const int PageSize = 500;

    private readonly RecordConnections _connections = new(engine, connectionString);

    private const string PendingSql = """
        SELECT c.case_id, c.version, c.state FROM reception_case c
        WHERE c.phonetic_name = '' AND NOT c.unidentified AND c.case_id > @after
        ORDER BY c.case_id
        LIMIT @limit
        """;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PersonKeysBackfill), ServiceLifecycleStage.ApplicationServices, RunAsync);

    /// <summary>Rewrites the cases without name keys and returns how many it wrote.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        int written = 0, failed = 0;
        var after = "";
        while (true)
        {
            var page = await PendingAsync(after, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }
            after = page[^1].CaseId;
            await Task.WhenAll(page.Select(async row =>
            {
                try
                {
                    await records.SaveAsync(UnkeyedCases.Rekey(row.CaseId, row.Version, row.State, serializer, time.GetUtcNow()));
                    Interlocked.Increment(ref written);
                }
                catch (InconsistentStateException)
                {
                    // Written meanwhile by its grain on another silo, which gave it its keys.
                }
                catch (Exception ex)
                {
                    Interlocked.Increment(ref failed);
                    LogNotWritten(ex, row.CaseId);
                }
            }));
        }
        if (written > 0 || failed > 0)
        {
            LogBackfilled(written, failed);
        }
        return written;
    }

    private async Task<List<(string CaseId, long Version, byte[] State)>> PendingAsync(string after, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = PendingSql;
        RecordConnections.Add(command, "after", after);
        RecordConnections.Add(command, "limit", PageSize);
        var rows = new List<(string, long, byte[])>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1), (byte[])reader.GetValue(2)));
        }
        return rows;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Record upgrade: gave {Written} older case(s) their phonetic name and name keys ({Failed} failed; the next start tries them again)")]
    private partial void LogBackfilled(int written, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Record upgrade: case {CaseId} could not be given its name keys")]
    private partial void LogNotWritten(Exception exception, string caseId);
}
