using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reception.Bench.Run;

public sealed record LagResult(int Samples, int Missed, double P50Ms, double P99Ms, double MaxMs);

/// <summary>
/// Sequential arrivals at the probe point while the load runs elsewhere: after the i-th 201 the point has exactly
/// A0+i arrivals today, so the lag is the time until a <c>pointUpdated</c> with <c>arrivedToday</c> ≥ A0+i arrives.
/// </summary>
internal static class FeedLagProbe
{
    public static async Task<LagResult> RunAsync(RunContext run, CancellationToken stop)
    {
        await using var feed = await PointFeed.ConnectAsync(run.Client, "coordinator");
        var latest = -1;
        var waiting = new ConcurrentDictionary<int, long>();
        var lags = new ConcurrentBag<double>();
        feed.PointUpdated += (code, message, received) =>
        {
            if (code != BenchPoints.Probe)
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
        var snapshot = await feed.SubscribePointAsync(BenchPoints.Probe);
        var baseCount = PointFeed.Int(snapshot, "arrivedToday");
        var sent = 0;
        while (!stop.IsCancellationRequested)
        {
            var (caseId, _) = await run.Load.ArriveAsync(BenchPoints.Probe, CancellationToken.None);
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
        await Task.Delay(2000, CancellationToken.None); // late messages for the last probes, even after the stop
        run.Count(sent);
        var list = lags.ToList();
        return new LagResult(list.Count, waiting.Count, Stats.Round(Stats.Percentile(list, 50)), Stats.Round(Stats.Percentile(list, 99)), list.Count == 0 ? double.NaN : Math.Round(list.Max(), 1));
    }
}
