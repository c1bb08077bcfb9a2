using Reception.Db;
using Reception.Grains.Records;
using Reception.Silo.Records;

namespace Reception.Silo.Upgrade;

/// <summary>
/// Reads what the release before the permanent record left in <c>OrleansStorage</c>: the case rows not yet in
/// <c>reception_case</c>, a page at a time in case id order, and the catalog's row. The SQL is the same on both
/// engines (unquoted names fold to lower case on PostgreSQL and are case-insensitive on SQLite).
/// </summary>
public sealed class LegacyCaseRows(DatabaseEngine engine, string connectionString, string serviceId)
{
    private readonly RecordConnections _connections = new(engine, connectionString);

    private const string PendingCasesSql = """
        SELECT s.grainidextensionstring, s.payloadbinary
        FROM orleansstorage s
        WHERE s.serviceid = @service AND s.graintypestring = @type
          AND s.grainidextensionstring > @after AND s.payloadbinary IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM reception_case c WHERE c.case_id = s.grainidextensionstring)
        ORDER BY s.grainidextensionstring
        LIMIT @limit
        """;

    private const string CatalogSql = """
        SELECT s.payloadbinary
        FROM orleansstorage s
        WHERE s.serviceid = @service AND s.graintypestring = @type AND s.payloadbinary IS NOT NULL
        ORDER BY s.version DESC
        LIMIT 1
        """;

    /// <summary>Up to <paramref name="limit"/> legacy cases with an id after <paramref name="afterCaseId"/> that the record does not hold.</summary>
    public async Task<IReadOnlyList<(string CaseId, BinaryData Payload)>> PendingCasesAsync(string afterCaseId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = PendingCasesSql;
        RecordConnections.Add(command, "service", serviceId);
        RecordConnections.Add(command, "type", LegacyCases.StateName);
        RecordConnections.Add(command, "after", afterCaseId);
        RecordConnections.Add(command, "limit", limit);
        var rows = new List<(string, BinaryData)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), BinaryData.FromBytes((byte[])reader.GetValue(1))));
        }
        return rows;
    }

    /// <summary>The catalog grain's stored payload, or null when it has none.</summary>
    public async Task<BinaryData?> CatalogAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = CatalogSql;
        RecordConnections.Add(command, "service", serviceId);
        RecordConnections.Add(command, "type", LegacyCatalog.StateName);
        return await command.ExecuteScalarAsync(cancellationToken) is byte[] payload ? BinaryData.FromBytes(payload) : null;
    }

}
