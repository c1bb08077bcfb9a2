using System.Diagnostics;

namespace Reception.Bench.Run;

public sealed record RecordsPoint(long TargetRecords, long Records, double FillSeconds, double Rate, double P50Ms, double P99Ms, double HostCpuMsPerArrival, double PostgresCpuMsPerArrival);

/// <summary>
/// Per-arrival cost with many case records stored: a baseline stretch, a fill toward the target (within a time
/// budget), and the same stretch again.
/// </summary>
internal static class StoredRecords
{
    public static async Task<(RecordsPoint Baseline, RecordsPoint Result)> MeasureAsync(RunContext run, long target, int concurrency, TimeSpan duration, TimeSpan budget, RecordDatabase? db)
    {
        var load = run.Load;
        var baselinePhase = await load.ClosedLoopAsync("records baseline", BenchPoints.Load, concurrency, duration);
        run.Count(baselinePhase.Ok);
        var stored = await CountAsync(run, db);
        var baseline = new RecordsPoint(0, stored, 0, baselinePhase.Rate, baselinePhase.P50Ms, baselinePhase.P99Ms, Stats.Round(baselinePhase.HostCpuMsPerOp, 3), Stats.Round(baselinePhase.PostgresCpuMsPerOp, 3));
        var clock = Stopwatch.StartNew();
        if (stored < target)
        {
            var fill = await load.ClosedLoopAsync("records fill", BenchPoints.Load, concurrency, budget, maxOps: (int)Math.Min(int.MaxValue, target - stored));
            run.Count(fill.Ok);
        }
        var fillSeconds = clock.Elapsed.TotalSeconds;
        stored = await CountAsync(run, db);
        if (stored < target)
        {
            run.Note($"Records: the fill toward {target:N0} case records stopped at {stored:N0} after the {budget.TotalSeconds:0} s budget (--records-budget); the row is measured at {stored:N0}.");
        }
        var phase = await load.ClosedLoopAsync("records", BenchPoints.Load, concurrency, duration);
        run.Count(phase.Ok);
        var result = new RecordsPoint(target, stored, Math.Round(fillSeconds, 1), phase.Rate, phase.P50Ms, phase.P99Ms, Stats.Round(phase.HostCpuMsPerOp, 3), Stats.Round(phase.PostgresCpuMsPerOp, 3));
        run.Log.WriteLine($"[run] records {stored:N0} stored: {phase.Rate:0}/s p50 {phase.P50Ms:0.0} ms p99 {phase.P99Ms:0.0} ms (baseline at {baseline.Records:N0}: {baseline.Rate:0}/s p50 {baseline.P50Ms:0.0} ms)");
        return (baseline, result);
    }

    /// <summary>Cases stored: the rows of <c>reception_case</c> when the bench can read the record, otherwise the arrivals acknowledged to this run.</summary>
    private static async Task<long> CountAsync(RunContext run, RecordDatabase? db) => db is null ? run.TotalArrivals : await db.CasesAsync();
}
