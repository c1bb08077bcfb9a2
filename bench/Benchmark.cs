using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using Reception.Bench.Simulation;

namespace Reception.Bench;

/// <summary>Per-arrival cost with a given number of people present at one point (arrival + departure pairs keep it steady).</summary>
public sealed record ScalePoint(int TargetPresent, int Present, double FillRate, double ArrivalP50Ms, double ArrivalP99Ms, double DepartureP50Ms, double PairsPerSecond, double HostCpuMsPerPair, double PostgresCpuMsPerPair);

public sealed record RecordsPoint(long TargetRecords, long Records, double FillSeconds, double Rate, double P50Ms, double P99Ms, double HostCpuMsPerArrival, double PostgresCpuMsPerArrival);

public sealed record LatencyPoint(double Share, double TargetRate, double AchievedRate, double P50Ms, double P95Ms, double P99Ms, int Errors);

public sealed record LagResult(int Samples, int Missed, double P50Ms, double P99Ms, double MaxMs);

public sealed record CeilingResult(int Concurrency, int PayloadBytes, double InsertsPerSecond, double P50Ms, double P99Ms, double PostgresCpuMsPerInsert, string ServerVersion);

public sealed record RampLevel(int Concurrency, double MedianRate, double P50Ms, double P99Ms, int Errors, double HostCpuMsPerArrival, double PostgresCpuMsPerArrival, double BenchCpuMsPerArrival, double MachineCpuMsPerArrival, double PeakRssMb, IReadOnlyList<double> Repetitions);

public sealed record WritesResult(int Arrivals, double RowWritesPerArrival, double CommitsPerArrival, IReadOnlyDictionary<string, long> GrainsTouched);

public sealed record CpuSplit(double HostShare, double PostgresShare, double BenchShare, double OtherShare, double MachineBusyCoreSeconds, IReadOnlyDictionary<string, double> HostThreads);

public sealed record BenchResult(
    Dictionary<string, object?> Machine,
    string Mode,
    string Profile,
    DateTimeOffset Date,
    IReadOnlyList<RampLevel> Ramp,
    double SustainedArrivalsPerSecond,
    int BestConcurrency,
    IReadOnlyList<LatencyPoint> Latency,
    LagResult? FeedLag,
    double HostCpuSecondsPer1000,
    double PostgresCpuSecondsPer1000,
    double HostPeakRssMb,
    double HostRssGrowthMbPer1000,
    CpuSplit? Split,
    WritesResult? Writes,
    IReadOnlyList<ScalePoint> Scaling,
    RecordsPoint? RecordsBaseline,
    RecordsPoint? Records,
    CeilingResult? Ceiling,
    CareReport? Care,
    long TotalArrivals,
    double WallSeconds,
    IReadOnlyList<string> Notes);

/// <summary>The <c>run</c> command: every figure of the benchmark issue against one running Reception.</summary>
public sealed class Benchmark(ReceptionClient client, Options options, TextWriter log)
{
    // Points: the care simulation uses TIJ, NLD and MEX; the scaling series gets CJS alone; the live-feed probe gets REX
    // alone (so the count it waits for is exact); every other point takes the throughput load.
    private const string ScalePointCode = "CJS";
    private const string ProbePointCode = "REX";
    private static readonly string[] CarePoints = ["TIJ", "NLD", "MEX"];
    private static readonly string[] LoadPoints = ["MXL", "SLR", "NOG", "OJI", "ACN", "PNG", "MAM", "TIJ", "NLD", "MEX"];

    private readonly List<string> notes = [];
    private long totalArrivals;

    public async Task<BenchResult> RunAsync()
    {
        var wall = Stopwatch.StartNew();
        var profile = options.Has("smoke") ? "smoke" : options.Has("quick") ? "quick" : "full";
        var mode = options.String("mode", "sqlite");
        var pid = ResolvePid();
        var load = new Load(client, pid);
        var pgConnection = options.String("postgres");

        var levels = options.Ints("levels", profile switch { "smoke" => [8], "quick" => [8, 32, 64], _ => [4, 8, 16, 32, 64] });
        var repSeconds = TimeSpan.FromSeconds(options.Double("rep-seconds", profile switch { "smoke" => 2, "quick" => 3, _ => 5 }));
        var reps = options.Int("reps", profile switch { "smoke" => 1, "quick" => 2, _ => 3 });
        var scaleTargets = options.Ints("scale-targets", profile switch { "smoke" => [100], "quick" => [100, 1000, 10000], _ => [100, 1000, 10000, 100000] });
        var scaleBudget = TimeSpan.FromSeconds(options.Double("scale-budget", profile == "full" ? 120 : 45));
        var records = (long)options.Double("records", profile switch { "smoke" => 0, "quick" => 0, _ => 1_000_000 });
        var recordsBudget = TimeSpan.FromSeconds(options.Double("records-budget", 90));

        log.WriteLine($"[run] {mode}, profile {profile}, host pid {pid}, {Environment.ProcessorCount} cores; levels {string.Join(",", levels)}; {reps}×{repSeconds.TotalSeconds:0}s");
        await WarmUpAsync(load);

        // 1. care under a 5× surge (first, so its points start empty)
        CareReport? care = null;
        if (!options.Has("skip-care"))
        {
            care = await CareAsync(profile);
            totalArrivals += care.Arrivals;
        }

        // 2. sustained arrivals: ramp the clients, median of the repetitions at each level
        var ramp = new List<RampLevel>();
        var rampPhases = new List<PhaseResult>();
        foreach (var concurrency in levels)
        {
            await load.ClosedLoopAsync("warm", LoadPoints, concurrency, TimeSpan.FromSeconds(Math.Min(1, repSeconds.TotalSeconds / 2)));
            var runs = new List<PhaseResult>();
            for (var r = 0; r < reps; r++)
            {
                runs.Add(await load.ClosedLoopAsync($"ramp c={concurrency}", LoadPoints, concurrency, repSeconds));
            }
            rampPhases.AddRange(runs);
            totalArrivals += runs.Sum(x => x.Ok);
            var level = new RampLevel(concurrency, Stats.Median(runs.Select(x => x.Rate)), Stats.Median(runs.Select(x => x.P50Ms)), Stats.Median(runs.Select(x => x.P99Ms)),
                runs.Sum(x => x.Errors), Stats.Round(Stats.Median(runs.Select(x => x.HostCpuMsPerOp)), 3), Stats.Round(Stats.Median(runs.Select(x => x.PostgresCpuMsPerOp)), 3),
                Stats.Round(Stats.Median(runs.Select(x => x.Ok == 0 ? double.NaN : x.BenchCpuSeconds * 1000 / x.Ok)), 3),
                Stats.Round(Stats.Median(runs.Select(x => x.Ok == 0 ? double.NaN : x.MachineCpuSeconds * 1000 / x.Ok)), 3),
                runs.Max(x => x.HostPeakRssMb), runs.Select(x => x.Rate).ToList());
            ramp.Add(level);
            log.WriteLine($"[run] ramp {concurrency,4} clients: {level.MedianRate,8:0.0}/s  p50 {level.P50Ms,7:0.0} ms  p99 {level.P99Ms,7:0.0} ms  errors {level.Errors}  host {level.HostCpuMsPerArrival:0.00} ms CPU/arrival");
        }
        var best = ramp.Where(l => l.Errors == 0).DefaultIfEmpty(ramp.MaxBy(l => l.MedianRate)!).MaxBy(l => l.MedianRate)!;
        var max = best.MedianRate;
        var bestPhases = rampPhases.Where(p => p.Concurrency == best.Concurrency).ToList();
        var split = Split(bestPhases, pid);
        WritesResult? writes = null;
        if (!string.IsNullOrWhiteSpace(pgConnection))
        {
            writes = await WritesAsync(load, pgConnection, best.Concurrency, repSeconds);
            log.WriteLine($"[run] durable writes: {writes.RowWritesPerArrival:0.00} grain-state row writes and {writes.CommitsPerArrival:0.00} commits per arrival ({string.Join(", ", writes.GrainsTouched.Select(kv => $"{kv.Key} {kv.Value}"))} grains written)");
        }

        // 3. latency at 25/50/90% of the maximum (open loop), with the live-feed probe during the 50% stretch
        var latency = new List<LatencyPoint>();
        LagResult? lag = null;
        foreach (var share in new[] { 0.25, 0.5, 0.9 })
        {
            var rate = Math.Max(1, max * share);
            var runs = new List<PhaseResult>();
            var lags = new List<LagResult>();
            for (var r = 0; r < reps; r++)
            {
                using var probeStop = new CancellationTokenSource();
                var probe = share == 0.5 ? FeedLagAsync(load, probeStop.Token) : null;
                runs.Add(await load.OpenLoopAsync($"latency {share:P0}", LoadPoints, rate, repSeconds));
                await probeStop.CancelAsync();
                if (probe is not null)
                {
                    lags.Add(await probe);
                }
            }
            totalArrivals += runs.Sum(x => x.Ok);
            var point = new LatencyPoint(share, Math.Round(rate, 1), Stats.Median(runs.Select(x => x.Rate)), Stats.Median(runs.Select(x => x.P50Ms)),
                Stats.Median(runs.Select(x => x.P95Ms)), Stats.Median(runs.Select(x => x.P99Ms)), runs.Sum(x => x.Errors));
            latency.Add(point);
            log.WriteLine($"[run] {share,4:P0} of max ({rate:0}/s): p50 {point.P50Ms:0.0} ms  p95 {point.P95Ms:0.0} ms  p99 {point.P99Ms:0.0} ms");
            if (lags.Count > 0)
            {
                lag = new LagResult(lags.Sum(l => l.Samples), lags.Sum(l => l.Missed), Stats.Median(lags.Select(l => l.P50Ms)), Stats.Median(lags.Select(l => l.P99Ms)), lags.Max(l => l.MaxMs));
                log.WriteLine($"[run] live-feed lag: p50 {lag.P50Ms:0} ms  p99 {lag.P99Ms:0} ms  ({lag.Samples} probes, {lag.Missed} missed)");
            }
        }

        // 4. the machine's own ceiling: single-row inserts through Npgsql at the same concurrency
        CeilingResult? ceiling = null;
        if (!string.IsNullOrWhiteSpace(pgConnection))
        {
            ceiling = await CeilingAsync(pgConnection, best.Concurrency, repSeconds, reps, load);
            log.WriteLine($"[run] PostgreSQL ceiling: {ceiling.InsertsPerSecond:0}/s single-row inserts of {ceiling.PayloadBytes} B at {ceiling.Concurrency} clients");
        }

        // 5. the scaling series at one point
        var scaling = new List<ScalePoint>();
        var present = new ConcurrentQueue<string>();
        var initialPresent = await PresentAsync(ScalePointCode);
        foreach (var target in scaleTargets)
        {
            scaling.Add(await ScaleAsync(load, target, initialPresent, present, best.Concurrency, repSeconds, reps, scaleBudget));
        }

        // 6. per-arrival cost with many returnee records stored
        RecordsPoint? recordsBaseline = null;
        RecordsPoint? recordsResult = null;
        if (records > 0)
        {
            (recordsBaseline, recordsResult) = await RecordsAsync(load, records, best.Concurrency, repSeconds, recordsBudget, pgConnection);
        }

        var lifetimePeak = load.LifetimePeakRssMb;
        var result = new BenchResult(
            await MachineAsync(pid, pgConnection), mode, profile, DateTimeOffset.Now, ramp, max, best.Concurrency, latency, lag,
            Stats.Round(best.HostCpuMsPerArrival, 3), Stats.Round(best.PostgresCpuMsPerArrival, 3),
            Stats.Round(lifetimePeak, 1), Stats.Round(totalArrivals == 0 ? double.NaN : (HostProbe.MemoryMb(pid) - startRss) / totalArrivals * 1000, 3),
            split, writes, scaling, recordsBaseline, recordsResult, ceiling, care, totalArrivals, Math.Round(wall.Elapsed.TotalSeconds, 1), notes);
        return result;
    }

    private double startRss;

    private int ResolvePid()
    {
        if (options.Has("pid"))
        {
            return options.Int("pid", 0);
        }
        var port = new Uri(client.BaseUrl).Port;
        return HostProbe.FindListener(port) ?? throw new InvalidOperationException($"no process listens on port {port} here; pass --pid");
    }

    private async Task WarmUpAsync(Load load)
    {
        foreach (var point in LoadPoints.Append(ScalePointCode).Append(ProbePointCode))
        {
            await client.TokenAsync($"manager-{point}");
        }
        await client.TokenAsync("coordinator");
        startRss = HostProbe.MemoryMb(ResolvePid());
        // Not at the care points: the care simulation must start with them empty, or their alert lead means nothing.
        var warm = await load.ClosedLoopAsync("warm-up", LoadPoints.Except(CarePoints).ToArray(), 8, TimeSpan.FromSeconds(options.Has("smoke") ? 1 : 3));
        totalArrivals += warm.Ok;
        if (warm.Ok == 0)
        {
            throw new InvalidOperationException("no arrival was acknowledged during the warm-up: is POST /api/points/{code}/arrivals working?");
        }
    }

    private async Task<CareReport> CareAsync(string profile)
    {
        var settings = new SimulationSettings(
            Speed: options.Double("care-speed", profile switch { "smoke" => 600, "quick" => 240, _ => 120 }),
            Duration: TimeSpan.FromHours(profile == "smoke" ? 1 : 3),
            Surge: 5,
            SurgeAt: TimeSpan.FromMinutes(profile == "smoke" ? 5 : 30),
            SurgeWindow: TimeSpan.FromMinutes(profile == "smoke" ? 50 : 120),
            Points: CarePoints,
            Scale: options.Double("care-scale", 1),
            Beds: options.Int("care-beds", 60),
            Drain: TimeSpan.FromMinutes(profile == "smoke" ? 10 : 60),
            Seed: 11,
            Quiet: true);
        notes.Add($"Care: --surge 5 simulation at {string.Join(",", CarePoints)} for {settings.Duration.TotalHours} h (+{settings.Drain.TotalMinutes} min drain) at ×{settings.Speed} speed, shelter beds set to {settings.Beds} so capacity is exceeded; times are simulated minutes; 'vulnerable' = priority high or urgent as the system triaged them; time to first service = arrival to the first referral a provider accepted (people never served count with the time they had waited at the end).");
        var care = await new Simulator(client, settings, log).RunAsync(CancellationToken.None);
        log.WriteLine($"[run] care: {care.Arrivals} arrivals; unaccompanied minors referred at registration {care.UnaccompaniedReferredAtRegistration}/{care.UnaccompaniedMinors}; first service p50/p90 vulnerable {care.VulnerableFirstServiceP50Min}/{care.VulnerableFirstServiceP90Min} min, others {care.OthersFirstServiceP50Min}/{care.OthersFirstServiceP90Min} min; stage unknown {care.StageUnknown}");
        return care;
    }

    private CpuSplit Split(IReadOnlyList<PhaseResult> phases, int pid)
    {
        var machine = phases.Sum(p => p.MachineCpuSeconds);
        if (machine <= 0)
        {
            return new CpuSplit(double.NaN, double.NaN, double.NaN, double.NaN, machine, new Dictionary<string, double>());
        }
        var host = phases.Sum(p => p.HostCpuSeconds);
        var pg = phases.Sum(p => p.PostgresCpuSeconds);
        var bench = phases.Sum(p => p.BenchCpuSeconds);
        var threads = HostProbe.ThreadCpu(pid).OrderByDescending(t => t.Value).Take(8).ToDictionary(t => t.Key, t => Math.Round(t.Value, 1));
        return new CpuSplit(Math.Round(host / machine, 3), Math.Round(pg / machine, 3), Math.Round(bench / machine, 3), Math.Round(Math.Max(0, machine - host - pg - bench) / machine, 3), Math.Round(machine, 1), threads);
    }

    /// <summary>
    /// Sequential arrivals at the probe point while the load runs elsewhere: after the i-th 201 the point has exactly
    /// A0+i arrivals today, so the lag is the time until a <c>pointUpdated</c> with <c>arrivedToday</c> ≥ A0+i arrives.
    /// </summary>
    private async Task<LagResult> FeedLagAsync(Load load, CancellationToken stop)
    {
        await using var feed = await PointFeed.ConnectAsync(client, "coordinator");
        var latest = -1;
        var waiting = new ConcurrentDictionary<int, long>();
        var lags = new ConcurrentBag<double>();
        feed.PointUpdated += (code, message, received) =>
        {
            if (code != ProbePointCode)
            {
                return;
            }
            var now = Stopwatch.GetTimestamp();
            var count = PointFeed.Int(message, "arrivedToday");
            lock (waiting)
            {
                latest = Math.Max(latest, count);
                foreach (var (target, at) in waiting)
                {
                    if (target <= count && waiting.TryRemove(target, out _))
                    {
                        lags.Add(Stopwatch.GetElapsedTime(at, now).TotalMilliseconds);
                    }
                }
            }
        };
        var snapshot = await feed.SubscribePointAsync(ProbePointCode);
        var baseCount = PointFeed.Int(snapshot, "arrivedToday");
        var sent = 0;
        while (!stop.IsCancellationRequested)
        {
            var (caseId, _) = await load.ArriveAsync(ProbePointCode);
            if (caseId is null)
            {
                continue;
            }
            sent++;
            var target = baseCount + sent;
            var at = Stopwatch.GetTimestamp();
            lock (waiting)
            {
                if (latest >= target)
                {
                    lags.Add(0);
                }
                else
                {
                    waiting[target] = at;
                }
            }
            try
            {
                await Task.Delay(20, stop);
            }
            catch (OperationCanceledException)
            {
            }
        }
        await Task.Delay(2000); // late messages for the last probes
        totalArrivals += sent;
        var list = lags.ToList();
        return new LagResult(list.Count, waiting.Count, Stats.Round(Stats.Percentile(list, 50)), Stats.Round(Stats.Percentile(list, 99)), list.Count == 0 ? double.NaN : Math.Round(list.Max(), 1));
    }

    private async Task<CeilingResult> CeilingAsync(string connectionString, int concurrency, TimeSpan duration, int reps, Load load)
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
                payload = (int)load.AverageBodyBytes;
            }
            await using (var cmd = new NpgsqlCommand("DROP TABLE IF EXISTS bench_ceiling; CREATE TABLE bench_ceiling (id bigserial PRIMARY KEY, created timestamptz NOT NULL DEFAULT now(), payload bytea NOT NULL)", connection))
            {
                await cmd.ExecuteNonQueryAsync();
            }
        }
        notes.Add($"Ceiling: single-row INSERTs (autocommit, synchronous_commit as configured) of {payload} bytes — the average stored returnee grain state — into the same PostgreSQL at {concurrency} clients.");
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
        return new CeilingResult(concurrency, payload, Math.Round(Stats.Median(rates), 1), Stats.Round(Stats.Median(p50), 2), Stats.Round(Stats.Median(p99), 2), Stats.Round(Stats.Median(pgCpu), 3), version);
    }

    /// <summary>
    /// Grain-state row writes (inserts + updates of <c>orleansstorage</c>) and committed transactions per arrival, from
    /// PostgreSQL's own statistics around a stretch of load (after a pause, so the statistics are flushed).
    /// </summary>
    private async Task<WritesResult> WritesAsync(Load load, string pg, int concurrency, TimeSpan duration)
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
        var phase = await load.ClosedLoopAsync("writes", LoadPoints, concurrency, duration);
        totalArrivals += phase.Ok;
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
        notes.Add("Writes: grain-state row writes and commits per arrival are PostgreSQL's own counters (pg_stat_user_tables, pg_stat_database) around a stretch of arrivals; commits include every other transaction in the database (membership, reminders), so they are an upper bound.");
        return new WritesResult(phase.Ok, Math.Round((after.Rows - before.Rows) / (double)n, 2), Math.Round((after.Commits - before.Commits) / (double)n, 2), touched);
    }

    private async Task<int> PresentAsync(string point)
    {
        var detail = await client.GetJsonAsync($"manager-{point}", $"api/points/{point}");
        return detail?["present"]?.GetValue<int>() ?? 0;
    }

    private async Task<ScalePoint> ScaleAsync(Load load, int target, int initialPresent, ConcurrentQueue<string> present, int concurrency, TimeSpan duration, int reps, TimeSpan budget)
    {
        var now = initialPresent + present.Count;
        var fillRate = double.NaN;
        if (now < target)
        {
            var fill = await load.ClosedLoopAsync($"fill {target}", [ScalePointCode], concurrency, budget, maxOps: target - now, sink: present);
            totalArrivals += fill.Ok;
            fillRate = fill.Rate;
            now = initialPresent + present.Count;
            if (now < target)
            {
                notes.Add($"Scaling: the fill to {target} present at {ScalePointCode} stopped at {now} after the {budget.TotalSeconds:0} s budget ({fill.Rate:0}/s); that row is measured at {now}.");
            }
        }
        // steady state: each client registers one arrival and lets the longest-present person depart
        var departures = new ConcurrentBag<double>();
        var runs = new List<PhaseResult>();
        for (var r = 0; r < reps; r++)
        {
            runs.Add(await load.ClosedLoopAsync($"scale {target}", [ScalePointCode], concurrency, duration, sink: present, afterArrival: async point =>
            {
                if (present.TryDequeue(out var old))
                {
                    var started = Stopwatch.GetTimestamp();
                    if (await load.DepartAsync(point, old))
                    {
                        departures.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
                return null;
            }));
        }
        totalArrivals += runs.Sum(x => x.Ok);
        var presentNow = await PresentAsync(ScalePointCode);
        var result = new ScalePoint(target, presentNow, Stats.Round(fillRate), Stats.Median(runs.Select(x => x.P50Ms)), Stats.Median(runs.Select(x => x.P99Ms)),
            Stats.Round(Stats.Percentile(departures.ToList(), 50), 2), Stats.Median(runs.Select(x => x.Rate)),
            Stats.Round(Stats.Median(runs.Select(x => x.HostCpuMsPerOp)), 3), Stats.Round(Stats.Median(runs.Select(x => x.PostgresCpuMsPerOp)), 3));
        log.WriteLine($"[run] scaling {target,7} present (now {presentNow}): arrival p50 {result.ArrivalP50Ms:0.0} ms p99 {result.ArrivalP99Ms:0.0} ms, {result.PairsPerSecond:0}/s pairs, host {result.HostCpuMsPerPair:0.00} ms CPU/pair (fill {fillRate:0}/s)");
        return result;
    }

    private async Task<(RecordsPoint Baseline, RecordsPoint Result)> RecordsAsync(Load load, long target, int concurrency, TimeSpan duration, TimeSpan budget, string? pg)
    {
        var baselinePhase = await load.ClosedLoopAsync("records baseline", LoadPoints, concurrency, duration);
        totalArrivals += baselinePhase.Ok;
        var stored = await StoredRecordsAsync(pg);
        var baseline = new RecordsPoint(0, stored, 0, baselinePhase.Rate, baselinePhase.P50Ms, baselinePhase.P99Ms, Stats.Round(baselinePhase.HostCpuMsPerOp, 3), Stats.Round(baselinePhase.PostgresCpuMsPerOp, 3));
        var clock = Stopwatch.StartNew();
        if (stored < target)
        {
            var fill = await load.ClosedLoopAsync("records fill", LoadPoints, concurrency, budget, maxOps: (int)Math.Min(int.MaxValue, target - stored));
            totalArrivals += fill.Ok;
        }
        var fillSeconds = clock.Elapsed.TotalSeconds;
        stored = await StoredRecordsAsync(pg);
        if (stored < target)
        {
            notes.Add($"Records: the fill toward {target:N0} returnee records stopped at {stored:N0} after the {budget.TotalSeconds:0} s budget (--records-budget); the row is measured at {stored:N0}.");
        }
        var phase = await load.ClosedLoopAsync("records", LoadPoints, concurrency, duration);
        totalArrivals += phase.Ok;
        var result = new RecordsPoint(target, stored, Math.Round(fillSeconds, 1), phase.Rate, phase.P50Ms, phase.P99Ms, Stats.Round(phase.HostCpuMsPerOp, 3), Stats.Round(phase.PostgresCpuMsPerOp, 3));
        log.WriteLine($"[run] records {stored:N0} stored: {phase.Rate:0}/s p50 {phase.P50Ms:0.0} ms p99 {phase.P99Ms:0.0} ms (baseline at {baseline.Records:N0}: {baseline.Rate:0}/s p50 {baseline.P50Ms:0.0} ms)");
        return (baseline, result);
    }

    /// <summary>Returnee records stored: counted in PostgreSQL when the bench has its connection string, otherwise the arrivals acknowledged to this run.</summary>
    private async Task<long> StoredRecordsAsync(string? pg)
    {
        if (!string.IsNullOrWhiteSpace(pg))
        {
            await using var source = NpgsqlDataSource.Create(pg);
            await using var cmd = source.CreateCommand("SELECT count(*) FROM orleansstorage WHERE graintypestring LIKE '%returnee%'");
            return (long)(await cmd.ExecuteScalarAsync())!;
        }
        return totalArrivals;
    }

    private async Task<Dictionary<string, object?>> MachineAsync(int pid, string? pg)
    {
        var machine = new Dictionary<string, object?>
        {
            ["cores"] = Environment.ProcessorCount,
            ["memoryMb"] = MemTotalMb(),
            ["cpu"] = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim(),
            ["os"] = OsName(),
            ["kernel"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            ["dotnet"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            ["orleans"] = OrleansVersion(pid),
            ["hostPid"] = pid,
            ["hostCommand"] = string.Join(' ', HostProbe.CommandLine(pid)),
            ["commit"] = options.String("commit"),
        };
        if (!string.IsNullOrWhiteSpace(pg))
        {
            await using var source = NpgsqlDataSource.Create(pg);
            await using var cmd = source.CreateCommand("SELECT current_setting('server_version') || ', synchronous_commit=' || current_setting('synchronous_commit') || ', fsync=' || current_setting('fsync') || ', shared_buffers=' || current_setting('shared_buffers')");
            machine["postgres"] = (string?)await cmd.ExecuteScalarAsync();
        }
        return machine;
    }

    private static long MemTotalMb()
    {
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    private static string? OsName()
    {
        try
        {
            return File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?[12..].Trim('"');
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The Orleans version the host runs, from the <c>.deps.json</c> beside the host's assembly.</summary>
    private static string? OrleansVersion(int pid)
    {
        var dll = HostProbe.CommandLine(pid).FirstOrDefault(a => a.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        if (dll is null)
        {
            return null;
        }
        try
        {
            var cwd = new FileInfo($"/proc/{pid}/cwd").LinkTarget ?? "";
            var deps = Path.ChangeExtension(Path.IsPathRooted(dll) ? dll : Path.Combine(cwd, dll), ".deps.json");
            using var doc = JsonDocument.Parse(File.ReadAllText(deps));
            foreach (var library in doc.RootElement.GetProperty("libraries").EnumerateObject())
            {
                if (library.Name.StartsWith("Microsoft.Orleans.Runtime/", StringComparison.Ordinal))
                {
                    return library.Name.Split('/')[1];
                }
            }
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or UnauthorizedAccessException)
        {
        }
        return null;
    }
}
