using Microsoft.Data.Sqlite;

namespace Reception.Tests.Workflow;

/// <summary>Reads the workflow cluster's record (its SQLite file) the way an analyst would: plain SQL over the documented tables.</summary>
internal static class RecordTables
{
    public sealed record CaseRowRead(
        string Stage, string Priority, string Vulnerabilities, string? ExitKind, string? FirstServiceAt, string? DestinationState,
        long Version, long StateLength, string SearchName, string? AgeGroup, bool UnaccompaniedMinor, string? OriginState, string? OriginSource);

    public sealed record EventRead(long Sequence, string Actor, string Role, string Action, string? Facts);

    public static async Task<CaseRowRead?> CaseAsync(string caseId)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT stage, priority, vulnerabilities, exit_kind, first_service_at, destination_state, version, length(state),
                   search_name, age_group, unaccompanied_minor, origin_state, origin_source
            FROM reception_case WHERE case_id = $id
            """;
        command.Parameters.AddWithValue("$id", caseId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new CaseRowRead(reader.GetString(0), reader.GetString(1), reader.GetString(2), Text(3), Text(4), Text(5),
            reader.GetInt64(6), reader.GetInt64(7), reader.GetString(8), Text(9), reader.GetInt64(10) == 1, Text(11), Text(12));
    }

    public static async Task<List<EventRead>> EventsAsync(string caseId)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, actor, role, action, facts FROM reception_case_event WHERE case_id = $id ORDER BY sequence";
        command.Parameters.AddWithValue("$id", caseId);
        var events = new List<EventRead>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(new EventRead(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        return events;
    }

    public static async Task<Dictionary<string, string>> ReferralStatusesAsync(string caseId)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT referral_id, status FROM reception_referral WHERE case_id = $id";
        command.Parameters.AddWithValue("$id", caseId);
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statuses[reader.GetString(0)] = reader.GetString(1);
        }
        return statuses;
    }

    private static async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(WorkflowCluster.RecordConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
