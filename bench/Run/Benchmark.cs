using System.Diagnostics;
using Reception.Bench.Simulation;

namespace Reception.Bench.Run;

/// <summary>
/// The <c>run</c> command: every figure of the benchmark issue against one running Reception, phase by phase — care
/// under a surge, the throughput ramp, durable writes, command latency with the live-feed probe, the engine's own
/// single-row insert ceiling, a case's stored state under reads, the scaling series and the cost with many records stored.
/// </summary>
public sealed class Benchmark(ReceptionClient client, Options options, TextWriter log)
{
    public async Task<BenchResult> RunAsync()
    {
        var wall = Stopwatch.StartNew();
        var profile = RunProfile.From(options);
        var mode = options.String("mode", "sqlite");
        var pid = ResolvePid();
        var run = new RunContext(client, new Load(client, pid), log);
        var pgConnection = options.String("postgres");
        var sqliteFile = options.String("sqlite");
        var db = RecordDatabase.From(pgConnection, sqliteFile);

        log.WriteLine($"[run] {mode}, profile {profile.Name}, host pid {pid}, {Environment.ProcessorCount} cores; levels {string.Join(",", profile.Levels)}; {profile.Reps}×{profile.RepSeconds.TotalSeconds:0}s");
        var startRss = await WarmUpAsync(run, pid, profile);

        CareReport? care = null;
        if (!options.Has("skip-care"))
        {
            care = await CareUnderSurge.RunAsync(run, options, profile.Name);
        }

        var ramp = await ThroughputRamp.RunAsync(run, profile);
        var best = ramp.Best;
        var split = CpuSplit.Of(ramp.BestRuns, pid);
        WritesResult? writes = null;
        if (!string.IsNullOrWhiteSpace(pgConnection))
        {
            writes = await DurableWrites.MeasureAsync(run, pgConnection, best.Concurrency, profile.RepSeconds, profile.Name == "smoke");
        }

        var (latency, lag) = await CommandLatency.MeasureAsync(run, profile, best.MedianRate);

        CeilingResult? ceiling = null;
        if (!string.IsNullOrWhiteSpace(pgConnection))
        {
            ceiling = await PostgresCeiling.MeasureAsync(run, pgConnection, best.Concurrency, profile.RepSeconds, profile.Reps);
        }
        else if (!string.IsNullOrWhiteSpace(sqliteFile))
        {
            ceiling = await SqliteCeiling.MeasureAsync(run, sqliteFile, best.Concurrency, profile.RepSeconds, profile.Reps);
        }

        var stateGrowth = db is null ? null : await StateGrowth.MeasureAsync(run, db, profile.Name == "smoke" ? 50 : 1000);

        var scaling = await ScalingSeries.RunAsync(run, profile, best.Concurrency);

        RecordsPoint? recordsBaseline = null;
        RecordsPoint? recordsResult = null;
        if (profile.Records > 0)
        {
            (recordsBaseline, recordsResult) = await StoredRecords.MeasureAsync(run, profile.Records, best.Concurrency, profile.RepSeconds, profile.RecordsBudget, db);
        }

        var lifetimePeak = run.Load.LifetimePeakRssMb;
        var totalArrivals = run.TotalArrivals;
        return new BenchResult(
            await MachineDescription.DescribeAsync(pid, pgConnection, options.String("commit")), mode, profile.Name, DateTimeOffset.Now, ramp.Levels, best.MedianRate, best.Concurrency, latency, lag,
            Stats.Round(best.HostCpuMsPerArrival, 3), Stats.Round(best.PostgresCpuMsPerArrival, 3),
            Stats.Round(lifetimePeak, 1), Stats.Round(totalArrivals == 0 ? double.NaN : (HostProbe.MemoryMb(pid) - startRss) / totalArrivals * 1000, 3),
            split, writes, scaling, recordsBaseline, recordsResult, ceiling, stateGrowth, care, totalArrivals, Math.Round(wall.Elapsed.TotalSeconds, 1), run.Notes);
    }

    private int ResolvePid()
    {
        if (options.Has("pid"))
        {
            return options.Int("pid", 0);
        }
        var port = new Uri(client.BaseUrl).Port;
        return HostProbe.FindListener(port) ?? throw new InvalidOperationException($"no process listens on port {port} here; pass --pid");
    }

    /// <summary>Signs every account in and sends a first stretch of arrivals; returns the host's memory before it.</summary>
    private async Task<double> WarmUpAsync(RunContext run, int pid, RunProfile profile)
    {
        foreach (var point in BenchPoints.Load.Append(BenchPoints.Scale).Append(BenchPoints.Probe))
        {
            await client.TokenAsync($"manager-{point}");
        }
        await client.TokenAsync("coordinator");
        var startRss = HostProbe.MemoryMb(pid);
        // Not at the care points: the care simulation must start with them empty, or their alert lead means nothing.
        var warm = await run.Load.ClosedLoopAsync("warm-up", BenchPoints.Load.Except(BenchPoints.Care).ToArray(), 8, TimeSpan.FromSeconds(profile.Name == "smoke" ? 1 : 3));
        run.Count(warm.Ok);
        if (warm.Ok == 0)
        {
            throw new InvalidOperationException("no arrival was acknowledged during the warm-up: is POST /api/points/{code}/arrivals working?");
        }
        return startRss;
    }
}
