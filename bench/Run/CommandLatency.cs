namespace Reception.Bench.Run;

/// <summary>One open-loop level: a share of the measured maximum (<see cref="Fixed"/> false) or a fixed rate; skipped when a fixed rate is above the maximum.</summary>
public sealed record LatencyPoint(bool Fixed, double Share, double TargetRate, double AchievedRate, double P50Ms, double P95Ms, double P99Ms, int Errors, bool Skipped = false);

/// <summary>
/// Command latency at 25, 50 and 90 % of the sustained maximum and at fixed rates of 500 and 1,000 arrivals/s, in an
/// open loop (counted from when each request was due), with the live-feed probe running during the 50 % stretch.
/// </summary>
internal static class CommandLatency
{
    private const double ProbedShare = 0.5;

    private static readonly double[] Shares = [0.25, ProbedShare, 0.9];

    private static readonly double[] FixedRates = [500, 1000];

    public static async Task<(IReadOnlyList<LatencyPoint> Points, LagResult? FeedLag)> MeasureAsync(RunContext run, RunProfile profile, double max)
    {
        var latency = new List<LatencyPoint>();
        LagResult? lag = null;
        var levels = Shares.Select(s => (Fixed: false, Rate: Math.Max(1, max * s))).Concat(FixedRates.Select(r => (Fixed: true, Rate: r)));
        foreach (var (isFixed, rate) in levels)
        {
            var share = rate / max;
            if (isFixed && rate > max)
            {
                latency.Add(new LatencyPoint(true, share, rate, double.NaN, double.NaN, double.NaN, double.NaN, 0, Skipped: true));
                run.Note($"Latency: the fixed level of {rate:0}/s was skipped: it is above the measured maximum of {max:0}/s.");
                run.Log.WriteLine($"[run] fixed {rate:0}/s: skipped (above the maximum of {max:0}/s)");
                continue;
            }
            var probed = !isFixed && share == ProbedShare;
            var label = isFixed ? $"fixed {rate:0}/s" : $"latency {share:P0}";
            var runs = new List<PhaseResult>();
            var lags = new List<LagResult>();
            for (var r = 0; r < profile.Reps; r++)
            {
                using var probeStop = new CancellationTokenSource();
                var probe = probed ? FeedLagProbe.RunAsync(run, probeStop.Token) : null;
                runs.Add(await run.Load.OpenLoopAsync(label, BenchPoints.Load, rate, profile.RepSeconds));
                await probeStop.CancelAsync();
                if (probe is not null)
                {
                    lags.Add(await probe);
                }
            }
            run.Count(runs.Sum(x => x.Ok));
            var point = new LatencyPoint(isFixed, Math.Round(share, 3), Math.Round(rate, 1), Stats.Median(runs.Select(x => x.Rate)), Stats.Median(runs.Select(x => x.P50Ms)),
                Stats.Median(runs.Select(x => x.P95Ms)), Stats.Median(runs.Select(x => x.P99Ms)), runs.Sum(x => x.Errors));
            latency.Add(point);
            run.Log.WriteLine($"[run] {label} ({rate:0}/s, {share:P0} of max): p50 {point.P50Ms:0.0} ms  p95 {point.P95Ms:0.0} ms  p99 {point.P99Ms:0.0} ms");
            if (lags.Count > 0)
            {
                lag = new LagResult(lags.Sum(l => l.Samples), lags.Sum(l => l.Missed), Stats.Median(lags.Select(l => l.P50Ms)), Stats.Median(lags.Select(l => l.P99Ms)), lags.Max(l => l.MaxMs));
                run.Log.WriteLine($"[run] live-feed lag: p50 {lag.P50Ms:0} ms  p99 {lag.P99Ms:0} ms  ({lag.Samples} probes, {lag.Missed} missed)");
            }
        }
        return (latency, lag);
    }
}
