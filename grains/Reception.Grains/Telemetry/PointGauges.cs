using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Reception.Contracts.Points;
using Reception.Contracts.Returnees;

namespace Reception.Grains.Telemetry;

/// <summary>What a point grain last reported for the gauges: people and the longest wait per stage, and its alert level.</summary>
public sealed record PointSample(AlertLevel Alert, IReadOnlyDictionary<Stage, (int People, TimeSpan OldestWait)> Stages);

/// <summary>
/// The latest <see cref="PointSample"/> of every point active in this process, read by the observable gauges of
/// <see cref="ReceptionMetrics"/> when metrics are collected. Point grains report at most about once a second and
/// forget their point when they deactivate, so a point is reported by the silo that hosts it.
/// </summary>
public static class PointGauges
{
    private static readonly Stage[] PresentStages = [Stage.Arrived, Stage.Assessment, Stage.Services];
    private static readonly ConcurrentDictionary<string, PointSample> Samples = new(StringComparer.Ordinal);

    public static void Report(string pointCode, PointSample sample) => Samples[pointCode] = sample;

    public static void Forget(string pointCode) => Samples.TryRemove(pointCode, out _);

    internal static IEnumerable<Measurement<int>> QueueLengths() => PerStage((sample, stage) => sample.Stages.TryGetValue(stage, out var s) ? s.People : 0);

    internal static IEnumerable<Measurement<double>> OldestWaits() =>
        PerStage((sample, stage) => sample.Stages.TryGetValue(stage, out var s) ? s.OldestWait.TotalSeconds : 0.0);

    internal static IEnumerable<Measurement<int>> AlertLevels() =>
        Samples.Select(p => new Measurement<int>((int)p.Value.Alert, ReceptionMetrics.Point(p.Key)));

    private static IEnumerable<Measurement<T>> PerStage<T>(Func<PointSample, Stage, T> value)
        where T : struct =>
        from point in Samples
        from stage in PresentStages
        select new Measurement<T>(value(point.Value, stage), ReceptionMetrics.Point(point.Key), ReceptionMetrics.StageTag(stage));
}
