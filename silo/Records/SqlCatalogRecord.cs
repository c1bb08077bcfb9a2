using System.Text.Json;
using Reception.Contracts.Catalog;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Grains.Catalog;
using Reception.Silo.Storage;

namespace Reception.Silo.Records;

/// <summary>
/// <c>reception_catalog_event</c>, one SQL text for both engines: times in Unix milliseconds, the enums by the names the
/// API uses, the field changes as JSON. SQLite writes queue on the process-wide <see cref="SqliteWriteGate"/>.
/// </summary>
public sealed class SqlCatalogRecord(DatabaseEngine engine, string connectionString, SqliteWriteGate? gate = null) : ICatalogRecord
{
    private readonly RecordConnections _connections = new(engine, connectionString);

    public async Task AppendAsync(IReadOnlyList<CatalogEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }
        using var turn = gate is null ? null : (SqliteWriteGate.Turn?)await gate.EnterAsync();
        await using var connection = await _connections.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var e in events)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO reception_catalog_event (sequence, at, user_name, role, kind, key, action, changes)
                VALUES (@sequence, @at, @user_name, @role, @kind, @key, @action, @changes)
                ON CONFLICT (sequence) DO NOTHING
                """;
            RecordConnections.Add(command, "sequence", e.Sequence);
            RecordConnections.Add(command, "at", e.At.ToUnixTimeMilliseconds());
            RecordConnections.Add(command, "user_name", e.UserName);
            RecordConnections.Add(command, "role", AcceptedValues.NameOf(e.Role));
            RecordConnections.Add(command, "kind", AcceptedValues.NameOf(e.Kind));
            RecordConnections.Add(command, "key", e.Key);
            RecordConnections.Add(command, "action", AcceptedValues.NameOf(e.Action));
            RecordConnections.Add(command, "changes", JsonSerializer.Serialize(e.Changes));
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    public async Task<IReadOnlyList<CatalogEvent>> LatestAsync(int limit)
    {
        await using var connection = await _connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, at, user_name, role, kind, key, action, changes FROM reception_catalog_event
            ORDER BY sequence DESC LIMIT @limit
            """;
        RecordConnections.Add(command, "limit", limit);
        var events = new List<CatalogEvent>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(new CatalogEvent(
                reader.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), reader.GetString(2),
                Enum.Parse<ActorRole>(reader.GetString(3), ignoreCase: true), Enum.Parse<CatalogEntryKind>(reader.GetString(4), ignoreCase: true),
                reader.GetString(5), Enum.Parse<CatalogAction>(reader.GetString(6), ignoreCase: true),
                JsonSerializer.Deserialize<List<FieldChange>>(reader.GetString(7)) ?? []));
        }
        return events;
    }
}
