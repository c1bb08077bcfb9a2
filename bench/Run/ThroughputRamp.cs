namespace Reception.Bench.Run;

public sealed record RampLevel(int Concurrency, double MedianRate, double P50Ms, double P99Ms, int Errors, double HostCpuMsPerArrival, double PostgresCpuMsPerArrival, double BenchCpuMsPerArrival, double MachineCpuMsPerArrival, double PeakRssMb, IReadOnlyList<double> Repetitions);

/// <summary>The ramp's levels, the best of them (the fastest without errors) and the repetitions measured at it.</summary>
internal sealed record RampOutcome(IReadOnlyList<RampLevel> Levels, RampLevel Best, IReadOnlyList<PhaseResult> BestRuns);

/// <summary>Sustained arrivals: a closed loop at each number of clients, the median of the repetitions at each level.</summary>
internal static class ThroughputRamp
{
    public static async Task<RampOutcome> RunAsync(RunContext run, RunProfile profile)
    {
        var ramp = new List<RampLevel>();
        var rampPhases = new List<PhaseResult>();
        var repSeconds = profile.RepSeconds;
        foreach (var concurrency in profile.Levels)
        {
            await run.Load.ClosedLoopAsync("warm", BenchPoints.Load, concurrency, TimeSpan.FromSeconds(Math.Min(1, repSeconds.TotalSeconds / 2)));
            var runs = new List<PhaseResult>();
            for (var r = 0; r < profile.Reps; r++)
            {
                runs.Add(await run.Load.ClosedLoopAsync($"ramp c={concurrency}", BenchPoints.Load, concurrency, repSeconds));
            }
            rampPhases.AddRange(runs);
            run.Count(runs.Sum(x => x.Ok));
            var level = new RampLevel(concurrency, Stats.Median(runs.Select(x => x.Rate)), Stats.Median(runs.Select(x => x.P50Ms)), Stats.Median(runs.Select(x => x.P99Ms)),
                runs.Sum(x => x.Errors), Stats.Round(Stats.Median(runs.Select(x => x.HostCpuMsPerOp)), 3), Stats.Round(Stats.Median(runs.Select(x => x.PostgresCpuMsPerOp)), 3),
                Stats.Round(Stats.Median(runs.Select(x => x.Ok == 0 ? double.NaN : x.BenchCpuSeconds * 1000 / x.Ok)), 3),
                Stats.Round(Stats.Median(runs.Select(x => x.Ok == 0 ? double.NaN : x.MachineCpuSeconds * 1000 / x.Ok)), 3),
                runs.Max(x => x.HostPeakRssMb), runs.Select(x => x.Rate).ToList());
            ramp.Add(level);
            run.Log.WriteLine($"[run] ramp {concurrency,4} clients: {level.MedianRate,8:0.0}/s  p50 {level.P50Ms,7:0.0} ms  p99 {level.P99Ms,7:0.0} ms  errors {level.Errors}  host {level.HostCpuMsPerArrival:0.00} ms CPU/arrival");
        }
        var best = ramp.Where(l => l.Errors == 0).DefaultIfEmpty(ramp.MaxBy(l => l.MedianRate)!).MaxBy(l => l.MedianRate)!;
        return new RampOutcome(ramp, best, rampPhases.Where(p => p.Concurrency == best.Concurrency).ToList());
    }
}
