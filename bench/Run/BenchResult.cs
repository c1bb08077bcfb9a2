using Reception.Bench.Simulation;

namespace Reception.Bench.Run;

/// <summary>Everything one <c>run</c> measured: the JSON file in <c>bench/results/</c>.</summary>
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
    StateGrowthResult? StateGrowth,
    CareReport? Care,
    long TotalArrivals,
    double WallSeconds,
    IReadOnlyList<string> Notes);
