using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Reception.Bench.Run;

public sealed record CeilingResult(int Concurrency, int PayloadBytes, double InsertsPerSecond, double P50Ms, double P99Ms, double PostgresCpuMsPerInsert, string ServerVersion);

/// <summary>
/// The machine's own ceiling: single-row inserts through Npgsql, of the average stored returnee state's size, into the
/// same PostgreSQL at the same concurrency as the best throughput level.
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
            await using (var cmd = new NpgsqlCommand("SELECT COALESCE(avg(octet_length(payloadbinary)), 0)::int FROM orleansstorage WHERE graintypestring LIKE '%returnee%'", connection))
            {
                try
                {
                    payload = (int)(await cmd.ExecuteScalarAsync())!;
                }
                catch (PostgresException)
                {
                    payload = 0;
                }
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
        run.Note($"Ceiling: single-row INSERTs (autocommit, synchronous_commit as configured) of {payload} bytes — the average stored returnee grain state — into the same PostgreSQL at {concurrency} clients.");
        var bytes = new byte[payload];
        Random.Shared.NextBytes(bytes);
        var rates = new List<double>();
        var p50 = new List<double>();
        var p99 = new List<double>();
        var pgCpu = new List<double>();
        for (var r = 0; r < reps; r++)
        {
            var latencies = new ConcurrentBag<double>();
            var count = 0;
            var pgBefore = HostProbe.PostgresCpuSeconds();
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                while (clock.Elapsed < duration)
                {
                    var started = Stopwatch.GetTimestamp();
                    await using var cmd = source.CreateCommand("INSERT INTO bench_ceiling (payload) VALUES ($1)");
                    cmd.Parameters.AddWithValue(bytes);
                    await cmd.ExecuteNonQueryAsync();
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    Interlocked.Increment(ref count);
                }
            })));
            var seconds = clock.Elapsed.TotalSeconds;
            rates.Add(count / seconds);
            p50.Add(Stats.Percentile(latencies, 50));
            p99.Add(Stats.Percentile(latencies, 99));
            pgCpu.Add((HostProbe.PostgresCpuSeconds() - pgBefore) * 1000 / Math.Max(1, count));
        }
        await using (var cmd = source.CreateCommand("DROP TABLE IF EXISTS bench_ceiling"))
        {
            await cmd.ExecuteNonQueryAsync();
        }
        var ceiling = new CeilingResult(concurrency, payload, Math.Round(Stats.Median(rates), 1), Stats.Round(Stats.Median(p50), 2), Stats.Round(Stats.Median(p99), 2), Stats.Round(Stats.Median(pgCpu), 3), version);
        run.Log.WriteLine($"[run] PostgreSQL ceiling: {ceiling.InsertsPerSecond:0}/s single-row inserts of {ceiling.PayloadBytes} B at {ceiling.Concurrency} clients");
        return ceiling;
    }
}
