using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reception.Bench.Run;

/// <summary>Per-arrival cost with a given number of people present at one point (arrival + departure pairs keep it steady).</summary>
public sealed record ScalePoint(int TargetPresent, int Present, double FillRate, double ArrivalP50Ms, double ArrivalP99Ms, double DepartureP50Ms, double PairsPerSecond, double HostCpuMsPerPair, double PostgresCpuMsPerPair);

/// <summary>
/// The scaling series at the scale point: fill it to each target number of people present (within a time budget),
/// then measure while each client registers one arrival and lets the longest-present person depart.
/// </summary>
internal static class ScalingSeries
{
    public static async Task<List<ScalePoint>> RunAsync(RunContext run, RunProfile profile, int concurrency)
    {
        var scaling = new List<ScalePoint>();
        var present = new ConcurrentQueue<string>();
        var initialPresent = await PresentAsync(run);
        foreach (var target in profile.ScaleTargets)
        {
            scaling.Add(await ScaleAsync(run, target, initialPresent, present, concurrency, profile.RepSeconds, profile.Reps, profile.ScaleBudget));
        }
        return scaling;
    }

    private static async Task<int> PresentAsync(RunContext run)
    {
        var detail = await run.Client.GetJsonAsync($"manager-{BenchPoints.Scale}", $"api/points/{BenchPoints.Scale}");
        return detail?["present"]?.GetValue<int>() ?? 0;
    }

    private static async Task<ScalePoint> ScaleAsync(RunContext run, int target, int initialPresent, ConcurrentQueue<string> present, int concurrency, TimeSpan duration, int reps, TimeSpan budget)
    {
        var load = run.Load;
        var now = initialPresent + present.Count;
        var fillRate = double.NaN;
        if (now < target)
        {
            var fill = await load.ClosedLoopAsync($"fill {target}", [BenchPoints.Scale], concurrency, budget, maxOps: target - now, sink: present);
            run.Count(fill.Ok);
            fillRate = fill.Rate;
            now = initialPresent + present.Count;
            if (now < target)
            {
                run.Note($"Scaling: the fill to {target} present at {BenchPoints.Scale} stopped at {now} after the {budget.TotalSeconds:0} s budget ({fill.Rate:0}/s); that row is measured at {now}.");
            }
        }
        var departures = new ConcurrentBag<double>();
        var runs = new List<PhaseResult>();
        for (var r = 0; r < reps; r++)
        {
            runs.Add(await load.ClosedLoopAsync($"scale {target}", [BenchPoints.Scale], concurrency, duration, sink: present, afterArrival: async point =>
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
        run.Count(runs.Sum(x => x.Ok));
        var presentNow = await PresentAsync(run);
        var result = new ScalePoint(target, presentNow, Stats.Round(fillRate), Stats.Median(runs.Select(x => x.P50Ms)), Stats.Median(runs.Select(x => x.P99Ms)),
            Stats.Round(Stats.Percentile(departures.ToList(), 50), 2), Stats.Median(runs.Select(x => x.Rate)),
            Stats.Round(Stats.Median(runs.Select(x => x.HostCpuMsPerOp)), 3), Stats.Round(Stats.Median(runs.Select(x => x.PostgresCpuMsPerOp)), 3));
        run.Log.WriteLine($"[run] scaling {target,7} present (now {presentNow}): arrival p50 {result.ArrivalP50Ms:0.0} ms p99 {result.ArrivalP99Ms:0.0} ms, {result.PairsPerSecond:0}/s pairs, host {result.HostCpuMsPerPair:0.00} ms CPU/pair (fill {fillRate:0}/s)");
        return result;
    }
}
