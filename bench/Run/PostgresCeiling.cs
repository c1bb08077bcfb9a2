using Npgsql;

namespace Reception.Bench.Run;

/// <summary>
/// The machine's own ceiling on PostgreSQL: single-row inserts through Npgsql, of the average stored case state's size
/// (<c>reception_case.state</c>), into the same PostgreSQL at the same concurrency as the best throughput level.
/// </summary>
internal static class PostgresCeiling
{
    public static async Task<CeilingResult> MeasureAsync(RunContext run, string connectionString, int concurrency, TimeSpan duration, int reps)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = Math.Max(100, concurrency + 10) };
        await using var source = NpgsqlDataSource.Create(builder.ConnectionString);
        string version;
        int payload;
        await using (var connection = await source.OpenConnectionAsync())
        {
            await using (var cmd = new NpgsqlCommand("SELECT current_setting('server_version')", connection))
            {
                version = (string)(await cmd.ExecuteScalarAsync())!;
            }
            // Not the one-byte placeholder states of the statistics and people fills' synthetic rows.
            await using (var cmd = new NpgsqlCommand("SELECT COALESCE(avg(octet_length(state)), 0)::int FROM reception_case WHERE octet_length(state) > 1", connection))
            {
                payload = (int)(await cmd.ExecuteScalarAsync())!;
            }
            if (payload == 0)
            {
                payload = (int)run.Load.AverageBodyBytes;
            }
            await using (var cmd = new NpgsqlCommand("DROP TABLE IF EXISTS bench_ceiling; CREATE TABLE bench_ceiling (id bigserial PRIMARY KEY, created timestamptz NOT NULL DEFAULT now(), payload bytea NOT NULL)", connection))
            {
                await cmd.ExecuteNonQueryAsync();
            }
        }
        run.Note($"PostgreSQL ceiling: single-row INSERTs (autocommit, synchronous_commit as configured) of {payload} bytes — the average stored case state, reception_case.state — into the same PostgreSQL at {concurrency} clients.");
        var bytes = new byte[payload];
        Random.Shared.NextBytes(bytes);
        var (rate, p50, p99, pgCpu) = await CeilingLoop.RunAsync(concurrency, duration, reps, async () =>
        {
            await using var cmd = source.CreateCommand("INSERT INTO bench_ceiling (payload) VALUES ($1)");
            cmd.Parameters.AddWithValue(bytes);
            await cmd.ExecuteNonQueryAsync();
        });
        await using (var cmd = source.CreateCommand("DROP TABLE IF EXISTS bench_ceiling"))
        {
            await cmd.ExecuteNonQueryAsync();
        }
        var ceiling = new CeilingResult("postgres", concurrency, payload, rate, p50, p99, pgCpu, version);
        run.Log.WriteLine($"[run] PostgreSQL ceiling: {ceiling.InsertsPerSecond:0}/s single-row inserts of {ceiling.PayloadBytes} B at {ceiling.Concurrency} clients");
        return ceiling;
    }
}
