using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Npgsql;

namespace Reception.Bench.Run;

/// <summary>
/// <c>statistics</c>: response times of <c>GET /api/statistics/bulletin</c> and <c>/flows</c> over HTTP with many
/// case records stored. The records are synthetic rows written straight into <c>reception_case</c> with SQL
/// (<c>INSERT … SELECT generate_series</c>, not through the API: two million registrations would take hours here;
/// the record's triggers keep the bulletin's monthly counts from these inserts as from the record's own),
/// spread over 2022-01-01 … 2026-06-30 at the twelve demo points with a mix of sexes, age groups, accompaniment,
/// states of origin, a person on every case (one in eight the repeat return of the case four before it, sharing its
/// <c>'P' || case_id</c>) and notices (every row's local date in America/Matamoros' time). Then each query is asked once to warm up and <c>--repeat</c> times,
/// as the coordinator (every point), and the median and the slowest are reported. PostgreSQL only.
/// </summary>
internal static class StatisticsTimes
{
    private const string Prefix = "BENCH-";
    private static readonly DateTimeOffset Start = new(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    public sealed record Timing(string Query, string Period, int Rows, double MedianMs, double MaxMs);

    public static async Task<int> RunAsync(ReceptionClient client, Options options, TextWriter log)
    {
        var pg = options.String("postgres");
        if (string.IsNullOrWhiteSpace(pg))
        {
            log.WriteLine("statistics: --postgres \"<Npgsql connection string>\" is required (the rows are written with SQL)");
            return 2;
        }
        var target = long.Parse(options.String("cases", "2000000")!, CultureInfo.InvariantCulture);
        var repeat = int.Parse(options.String("repeat", "5")!, CultureInfo.InvariantCulture);
        await using var source = NpgsqlDataSource.Create(pg);

        var fill = Stopwatch.StartNew();
        var stored = await FillAsync(source, target, log);
        var fillSeconds = fill.Elapsed.TotalSeconds;
        var total = await ScalarAsync(source, "SELECT count(*) FROM reception_case");
        var size = await ScalarAsync(source, "SELECT pg_total_relation_size('reception_case')");
        log.WriteLine($"[statistics] {total:N0} case records ({stored:N0} written now in {fillSeconds:0} s), reception_case {size / 1024 / 1024:N0} MB with indexes");

        var load = LoadAverage();
        var token = await client.TokenAsync("coordinator");
        var queries = new (string Query, string Period, string Path)[]
        {
            ("bulletin", "month 2025-03", "api/statistics/bulletin?from=2025-03-01&to=2025-03-31"),
            ("bulletin", "year 2025", "api/statistics/bulletin?from=2025-01-01&to=2025-12-31"),
            ("flows (day)", "month 2025-03", "api/statistics/flows?from=2025-03-01&to=2025-03-31&interval=day"),
            ("flows (month)", "year 2025", "api/statistics/flows?from=2025-01-01&to=2025-12-31&interval=month"),
            ("bulletin csv", "year 2025", "api/statistics/bulletin?from=2025-01-01&to=2025-12-31&format=csv"),
            ("bulletin, one point", "year 2025", "api/statistics/bulletin?from=2025-01-01&to=2025-12-31&point=TIJ"),
        };
        var timings = new List<Timing>();
        foreach (var (query, period, path) in queries)
        {
            var samples = new List<double>();
            var rows = 0;
            for (var i = 0; i <= repeat; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var clock = Stopwatch.StartNew();
                using var response = await client.Http.SendAsync(request);
                var body = await response.Content.ReadAsByteArrayAsync();
                var ms = clock.Elapsed.TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    log.WriteLine($"statistics: {path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
                    return 1;
                }
                rows = Encoding.UTF8.GetString(body).Split("\"point\":").Length - 1;
                if (i > 0)
                {
                    samples.Add(ms); // the first is the warm-up
                }
            }
            var timing = new Timing(query, period, rows, Stats.Round(Stats.Median(samples)), Stats.Round(samples.Max()));
            timings.Add(timing);
            log.WriteLine($"[statistics] {query,-20} {period,-14} median {timing.MedianMs,8:0.0} ms  max {timing.MaxMs,8:0.0} ms");
        }

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Statistics over HTTP with {total:N0} case records on PostgreSQL ({Environment.ProcessorCount} cores; load average before the queries {load}); {repeat} timed requests after one warm-up, as the coordinator (all points).")
            .AppendLine()
            .AppendLine("| query | period | median ms | max ms |")
            .AppendLine("|---|---|---:|---:|");
        foreach (var t in timings)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {t.Query} | {t.Period} | {t.MedianMs:0.0} | {t.MaxMs:0.0} |");
        }
        log.WriteLine();
        log.WriteLine(report.ToString());
        if (options.String("out") is { } dir)
        {
            Directory.CreateDirectory(dir);
            await File.WriteAllTextAsync(Path.Combine(dir, "latest-postgres-statistics.md"), report.ToString());
        }
        return 0;
    }

    /// <summary>Writes synthetic case rows until <paramref name="target"/> are stored, in statements of 100,000; returns how many were written.</summary>
    private static async Task<long> FillAsync(NpgsqlDataSource source, long target, TextWriter log)
    {
        var existing = await ScalarAsync(source, $"SELECT count(*) FROM reception_case WHERE case_id LIKE '{Prefix}%'");
        var seconds = (long)(End - Start).TotalSeconds;
        const int batch = 100_000;
        var written = 0L;
        for (var first = existing; first < target; first += batch)
        {
            var last = Math.Min(target, first + batch) - 1;
            await using var command = source.CreateCommand($"""
                INSERT INTO reception_case (case_id, version, state, person_id, point_code, arrived_at, arrival_local_date,
                    certificate_number, notice_id, given_names, surnames, search_name, sex, age_group, unaccompanied_minor,
                    accompanied_minor, vulnerabilities, priority, origin_state, origin_source, stage, stage_at, unmet_needs, updated_at)
                SELECT '{Prefix}' || g, 1, '\x00'::bytea,
                    'P{Prefix}' || CASE WHEN g % 8 = 4 THEN g - 4 ELSE g END,
                    (ARRAY['TIJ','MXL','SLR','NOG','CJS','OJI','ACN','PNG','NLD','REX','MAM','MEX'])[1 + (g * 7) % 12],
                    x.t, (x.t AT TIME ZONE 'America/Matamoros')::date,
                    'B-' || g, CASE WHEN g % 10 = 0 THEN 'BENCH-N-' || (g / 40) END,
                    'Ana', 'Bench', 'ANA BENCH',
                    (ARRAY['male','male','male','female','female','unspecified'])[1 + (g * 11) % 6],
                    x.age, coalesce(x.age IN ('0-11','12-17'), false) AND g % 3 = 0, coalesce(x.age IN ('0-11','12-17'), false) AND g % 3 <> 0,
                    ARRAY[]::text[], 'normal',
                    (ARRAY['Michoacán','Jalisco','Guerrero','Oaxaca','Puebla','Guanajuato','Zacatecas','Veracruz','Chiapas',NULL])[1 + (g * 17) % 10],
                    'declared', 'departed', x.t, ARRAY[]::text[], x.t
                FROM generate_series({first}::bigint, {last}::bigint) AS g
                CROSS JOIN LATERAL (SELECT
                    timestamptz '2022-01-01 00:00+00' + ((g * 2654435761) % {seconds}) * interval '1 second' AS t,
                    (ARRAY['18-59','18-59','18-59','18-59','18-59','60+','12-17','0-11',NULL])[1 + (g * 13) % 9] AS age) AS x
                ON CONFLICT (case_id) DO NOTHING
                """);
            command.CommandTimeout = 600;
            written += await command.ExecuteNonQueryAsync();
            log.WriteLine($"[statistics] fill: {last + 1:N0} / {target:N0}");
        }
        if (written > 0)
        {
            // Years of cases would have been vacuumed (db/postgres/009_statistics_speed.sql), so the visibility map
            // marks their pages and the statistics read the covering index alone; a fresh bulk fill has not been.
            // The monthly counts and the repeat persons' cases were written by the record's triggers (db/postgres/010),
            // as registrations write them; autovacuum would have analysed them too.
            foreach (var table in new[] { "reception_case", "reception_statistics_month", "reception_statistics_repeat" })
            {
                await using var analyze = source.CreateCommand($"VACUUM (ANALYZE) {table}");
                analyze.CommandTimeout = 600;
                await analyze.ExecuteNonQueryAsync();
            }
        }
        return written;
    }

    internal static async Task<long> ScalarAsync(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        command.CommandTimeout = 600;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
