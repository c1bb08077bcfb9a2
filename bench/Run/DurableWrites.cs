using Npgsql;

namespace Reception.Bench.Run;

/// <summary>Transactions and rows written per arrival, rows split by table of the record.</summary>
public sealed record WritesResult(int Arrivals, double WriteTransactionsPerArrival, double CommitsPerArrival, double RowsPerArrival, IReadOnlyDictionary<string, double> RowsPerArrivalByTable, double SettleSeconds);

/// <summary>
/// Transactions and row writes per arrival from PostgreSQL's own counters around a stretch of arrivals: transaction ids
/// assigned (<c>pg_current_xact_id()</c>: exact, every transaction that wrote), commits (<c>pg_stat_database</c>) and
/// inserts + updates per table (<c>pg_stat_user_tables</c>).
/// </summary>
internal static class DurableWrites
{
    // PostgreSQL 15 backends flush their counters to shared statistics at most once a second while busy and only
    // after 10 s once idle, so the cumulative counters are read after the host's connections have been idle that long.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(11);

    private static readonly string[] Tables = ["reception_case", "reception_case_event", "reception_referral", "reception_grain_state"];

    public static async Task<WritesResult> MeasureAsync(RunContext run, string pg, int concurrency, TimeSpan duration, bool smoke)
    {
        var settle = smoke ? TimeSpan.FromSeconds(1.5) : Settle;
        await using var source = NpgsqlDataSource.Create(pg);
        async Task<(long Xid, long Commits, Dictionary<string, long> Rows)> Read()
        {
            await Task.Delay(settle);
            await using (var clear = source.CreateCommand("SELECT pg_stat_clear_snapshot()"))
            {
                await clear.ExecuteNonQueryAsync();
            }
            await using var cmd = source.CreateCommand(
                "SELECT pg_current_xact_id()::text::bigint, (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()), " +
                "COALESCE((SELECT json_object_agg(relname, n_tup_ins + n_tup_upd) FROM pg_stat_user_tables), '{}')::text");
            await using var reader = await cmd.ExecuteReaderAsync();
            await reader.ReadAsync();
            var rows = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, long>>(reader.GetString(2)) ?? [];
            return (reader.GetInt64(0), reader.GetInt64(1), rows);
        }
        var before = await Read();
        var phase = await run.Load.ClosedLoopAsync("writes", BenchPoints.Load, concurrency, duration);
        run.Count(phase.Ok);
        var after = await Read();
        double n = Math.Max(1, phase.Ok);
        var byTable = new Dictionary<string, double>();
        foreach (var (table, rows) in after.Rows)
        {
            var key = table.StartsWith("reception_grain_state", StringComparison.Ordinal) ? "reception_grain_state(_entry)"
                : Tables.Contains(table) ? table : "other";
            byTable[key] = byTable.GetValueOrDefault(key) + (rows - before.Rows.GetValueOrDefault(table));
        }
        var perArrival = byTable.OrderByDescending(kv => kv.Value).ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value / n, 2));
        // The "after" read's own transaction id is not an arrival's.
        var writeTransactions = after.Xid - before.Xid - 1;
        run.Note($"Writes: per arrival over {phase.Ok:N0} arrivals at {concurrency} clients; write transactions are transaction ids PostgreSQL assigned (pg_current_xact_id() before and after), commits are pg_stat_database.xact_commit (read-only transactions too) and rows are pg_stat_user_tables n_tup_ins + n_tup_upd, both read after {settle.TotalSeconds:0.#} s idle ({Settle.TotalSeconds:0} s lets every backend flush its counters; less, in --smoke, undercounts them). All three include the database's other work (membership, reminders, the feed), so they are upper bounds.");
        var writes = new WritesResult(phase.Ok, Math.Round(writeTransactions / n, 3), Math.Round((after.Commits - before.Commits) / n, 3), Math.Round(byTable.Values.Sum() / n, 2), perArrival, settle.TotalSeconds);
        run.Log.WriteLine($"[run] durable writes per arrival: {writes.WriteTransactionsPerArrival:0.000} write transactions, {writes.CommitsPerArrival:0.000} commits, {writes.RowsPerArrival:0.00} rows ({string.Join(", ", perArrival.Select(kv => $"{kv.Key} {kv.Value:0.00}"))})");
        return writes;
    }
}
