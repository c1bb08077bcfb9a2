using Reception.Db;
using Reception.Grains.Records;

namespace Reception.Silo.Records;

/// <summary>
/// The reads of reconciliation over the record's tables; the text is the same for both engines (state is
/// <c>bytea</c> in PostgreSQL and a BLOB in SQLite). SQLite reads take no lock (WAL), so they need not queue on
/// the write gate.
/// </summary>
internal sealed class SqlLiveRecord(DatabaseEngine engine, string connectionString) : ILiveRecord
{
    private const string OpenOfPoint = "SELECT case_id, state FROM reception_case WHERE point_code = @key AND exit_kind IS NULL";

    private const string ReferredTo = """
        SELECT case_id, state FROM reception_case WHERE case_id IN (
            SELECT case_id FROM reception_referral WHERE program_id = @key AND status IN ('pending', 'accepted'))
        """;

    private const string One = "SELECT case_id, state FROM reception_case WHERE case_id = @key";

    private readonly RecordConnections _connections = new(engine, connectionString);

    public Task<IReadOnlyList<RecordedCase>> OpenCasesOfPointAsync(string pointCode) => QueryAsync(OpenOfPoint, [pointCode]);

    public Task<IReadOnlyList<RecordedCase>> CasesReferredToAsync(string programId) => QueryAsync(ReferredTo, [programId]);

    // Only the few cases a receiver holds that the first query did not return: one short query each.
    public Task<IReadOnlyList<RecordedCase>> CasesAsync(IReadOnlyCollection<string> caseIds) => QueryAsync(One, caseIds);

    private async Task<IReadOnlyList<RecordedCase>> QueryAsync(string sql, IReadOnlyCollection<string> keys)
    {
        var cases = new List<RecordedCase>();
        if (keys.Count == 0)
        {
            return cases;
        }
        await using var connection = await _connections.OpenAsync();
        foreach (var key in keys)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            RecordConnections.Add(command, "key", key);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                cases.Add(new RecordedCase(reader.GetString(0), (byte[])reader.GetValue(1)));
            }
        }
        return cases;
    }
}
