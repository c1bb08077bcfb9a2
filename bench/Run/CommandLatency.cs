namespace Reception.Bench.Run;

public sealed record LatencyPoint(double Share, double TargetRate, double AchievedRate, double P50Ms, double P95Ms, double P99Ms, int Errors);

/// <summary>
/// Command latency at 25, 50 and 90 % of the sustained maximum, in an open loop (counted from when each request was
/// due), with the live-feed probe running during the 50 % stretch.
/// </summary>
internal static class CommandLatency
{
    private const double ProbedShare = 0.5;

    public static async Task<(IReadOnlyList<LatencyPoint> Points, LagResult? FeedLag)> MeasureAsync(RunContext run, RunProfile profile, double max)
    {
        var latency = new List<LatencyPoint>();
        LagResult? lag = null;
        foreach (var share in new[] { 0.25, ProbedShare, 0.9 })
        {
            var rate = Math.Max(1, max * share);
            var runs = new List<PhaseResult>();
            var lags = new List<LagResult>();
            for (var r = 0; r < profile.Reps; r++)
            {
                using var probeStop = new CancellationTokenSource();
                var probe = share == ProbedShare ? FeedLagProbe.RunAsync(run, probeStop.Token) : null;
                runs.Add(await run.Load.OpenLoopAsync($"latency {share:P0}", BenchPoints.Load, rate, profile.RepSeconds));
                await probeStop.CancelAsync();
                if (probe is not null)
                {
                    lags.Add(await probe);
                }
            }
            run.Count(runs.Sum(x => x.Ok));
            var point = new LatencyPoint(share, Math.Round(rate, 1), Stats.Median(runs.Select(x => x.Rate)), Stats.Median(runs.Select(x => x.P50Ms)),
                Stats.Median(runs.Select(x => x.P95Ms)), Stats.Median(runs.Select(x => x.P99Ms)), runs.Sum(x => x.Errors));
            latency.Add(point);
            run.Log.WriteLine($"[run] {share,4:P0} of max ({rate:0}/s): p50 {point.P50Ms:0.0} ms  p95 {point.P95Ms:0.0} ms  p99 {point.P99Ms:0.0} ms");
            if (lags.Count > 0)
            {
                lag = new LagResult(lags.Sum(l => l.Samples), lags.Sum(l => l.Missed), Stats.Median(lags.Select(l => l.P50Ms)), Stats.Median(lags.Select(l => l.P99Ms)), lags.Max(l => l.MaxMs));
                run.Log.WriteLine($"[run] live-feed lag: p50 {lag.P50Ms:0} ms  p99 {lag.P99Ms:0} ms  ({lag.Samples} probes, {lag.Missed} missed)");
            }
        }
        return (latency, lag);
    }
}
