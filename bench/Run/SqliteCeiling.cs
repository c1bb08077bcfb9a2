using Microsoft.Data.Sqlite;

namespace Reception.Bench.Run;

/// <summary>
/// The machine's own ceiling on SQLite: single-row INSERTs, each its own committed transaction, of the average stored
/// case state's size into a scratch table of the host's own file, at the same concurrency as the best throughput level.
/// </summary>
internal static class SqliteCeiling
{
    public static async Task<CeilingResult> MeasureAsync(RunContext run, string file, int concurrency, TimeSpan duration, int reps)
    {
        var connectionString = RecordDatabase.SqliteConnectionString(file, pooling: true);
        int payload;
        string version;
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT sqlite_version()";
            version = (string)(await cmd.ExecuteScalarAsync())!;
            cmd.CommandText = "SELECT COALESCE(CAST(avg(length(state)) AS integer), 0) FROM reception_case";
            payload = (int)(long)(await cmd.ExecuteScalarAsync())!;
            if (payload == 0)
            {
                payload = (int)run.Load.AverageBodyBytes;
            }
            cmd.CommandText = "DROP TABLE IF EXISTS bench_ceiling; CREATE TABLE bench_ceiling (id INTEGER PRIMARY KEY, created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), payload BLOB NOT NULL)";
            await cmd.ExecuteNonQueryAsync();
        }
        run.Note($"SQLite ceiling: single-row INSERTs, each committed on its own (WAL, synchronous FULL as the host uses), of {payload} bytes — the average stored case state — into a scratch table of the host's file at {concurrency} clients, taking turns on one in-process lock as the host's writers do (SQLite has one writer).");
        var bytes = new byte[payload];
        Random.Shared.NextBytes(bytes);
        using var writer = new SemaphoreSlim(1);
        var (rate, p50, p99, _) = await CeilingLoop.RunAsync(concurrency, duration, reps, async () =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "INSERT INTO bench_ceiling (payload) VALUES ($payload)";
            cmd.Parameters.AddWithValue("$payload", bytes);
            await writer.WaitAsync();
            try
            {
                await cmd.ExecuteNonQueryAsync();
            }
            finally
            {
                writer.Release();
            }
        });
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "DROP TABLE IF EXISTS bench_ceiling";
            await cmd.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        var ceiling = new CeilingResult("sqlite", concurrency, payload, rate, p50, p99, double.NaN, version);
        run.Log.WriteLine($"[run] SQLite ceiling: {ceiling.InsertsPerSecond:0}/s single-row inserts+commits of {ceiling.PayloadBytes} B at {ceiling.Concurrency} clients");
        return ceiling;
    }
}
