using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reception.Bench.Run;

/// <summary>What one engine's single-row insert ceiling measured, the median of the repetitions.</summary>
public sealed record CeilingResult(string Engine, int Concurrency, int PayloadBytes, double InsertsPerSecond, double P50Ms, double P99Ms, double PostgresCpuMsPerInsert, string ServerVersion);

/// <summary>The timed part of a ceiling: <c>concurrency</c> workers inserting back to back, repeated, each figure the median.</summary>
internal static class CeilingLoop
{
    public static async Task<(double Rate, double P50Ms, double P99Ms, double PostgresCpuMsPerInsert)> RunAsync(int concurrency, TimeSpan duration, int reps, Func<Task> insert)
    {
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
                    await insert();
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    Interlocked.Increment(ref count);
                }
            })));
            rates.Add(count / clock.Elapsed.TotalSeconds);
            p50.Add(Stats.Percentile(latencies, 50));
            p99.Add(Stats.Percentile(latencies, 99));
            pgCpu.Add((HostProbe.PostgresCpuSeconds() - pgBefore) * 1000 / Math.Max(1, count));
        }
        return (Math.Round(Stats.Median(rates), 1), Stats.Round(Stats.Median(p50), 2), Stats.Round(Stats.Median(p99), 2), Stats.Round(Stats.Median(pgCpu), 3));
    }
}
