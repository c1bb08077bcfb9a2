using Npgsql;

namespace Reception.Bench.Run;

public sealed record WritesResult(int Arrivals, double RowWritesPerArrival, double CommitsPerArrival, IReadOnlyDictionary<string, long> GrainsTouched);

/// <summary>
/// Grain-state row writes (inserts + updates of <c>orleansstorage</c>) and committed transactions per arrival, from
/// PostgreSQL's own statistics around a stretch of load (after a pause, so the statistics are flushed).
/// </summary>
internal static class DurableWrites
{
    public static async Task<WritesResult> MeasureAsync(RunContext run, string pg, int concurrency, TimeSpan duration)
    {
        await using var source = NpgsqlDataSource.Create(pg);
        async Task<(long Rows, long Commits)> Read()
        {
            await Task.Delay(1500);
            await using var cmd = source.CreateCommand(
                "SELECT (SELECT COALESCE(sum(n_tup_ins + n_tup_upd), 0)::bigint FROM pg_stat_user_tables WHERE relname = 'orleansstorage'), " +
                "(SELECT xact_commit FROM pg_stat_database WHERE datname = current_database())");
            await using var reader = await cmd.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (reader.GetInt64(0), reader.GetInt64(1));
        }
        var before = await Read();
        var since = DateTime.UtcNow;
        var phase = await run.Load.ClosedLoopAsync("writes", BenchPoints.Load, concurrency, duration);
        run.Count(phase.Ok);
        var after = await Read();
        var touched = new Dictionary<string, long>();
        await using (var cmd = source.CreateCommand("SELECT graintypestring, count(*) FROM orleansstorage WHERE modifiedon >= $1 GROUP BY 1 ORDER BY 2 DESC"))
        {
            cmd.Parameters.AddWithValue(since);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                touched[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        var n = Math.Max(1, phase.Ok);
        run.Note("Writes: grain-state row writes and commits per arrival are PostgreSQL's own counters (pg_stat_user_tables, pg_stat_database) around a stretch of arrivals; commits include every other transaction in the database (membership, reminders), so they are an upper bound.");
        var writes = new WritesResult(phase.Ok, Math.Round((after.Rows - before.Rows) / (double)n, 2), Math.Round((after.Commits - before.Commits) / (double)n, 2), touched);
        run.Log.WriteLine($"[run] durable writes: {writes.RowWritesPerArrival:0.00} grain-state row writes and {writes.CommitsPerArrival:0.00} commits per arrival ({string.Join(", ", writes.GrainsTouched.Select(kv => $"{kv.Key} {kv.Value}"))} grains written)");
        return writes;
    }
}
