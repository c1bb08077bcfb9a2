using System.Diagnostics;

namespace Reception.Bench.Run;

/// <summary>A case's stored state and API response before and after many reads of it.</summary>
public sealed record StateGrowthResult(int Reads, long StateBytesBefore, long VersionBefore, long StateBytesAfter, long VersionAfter, long EventsAfter,
    int ResponseBytesBefore, int ResponseBytesAfter, double ReadP50Ms, double ReadP99Ms);

/// <summary>
/// Registers one case, reads <c>length(state)</c> and <c>version</c> from <c>reception_case</c>, GETs the case through the
/// API many times, and reads them again: a read appends one event and must not rewrite (or grow) the stored state.
/// </summary>
internal static class StateGrowth
{
    public static async Task<StateGrowthResult?> MeasureAsync(RunContext run, RecordDatabase db, int reads)
    {
        var point = BenchPoints.Load[0];
        var user = $"manager-{point}";
        var (caseId, _) = await run.Load.ArriveAsync(point);
        if (caseId is null)
        {
            run.Note("State growth: the case could not be registered; not measured.");
            return null;
        }
        run.Count(1);
        const string StateSql = "SELECT length(state) FROM reception_case WHERE case_id = @id";
        const string VersionSql = "SELECT version FROM reception_case WHERE case_id = @id";
        var stateBefore = await db.LongAsync(StateSql, caseId);
        var versionBefore = await db.LongAsync(VersionSql, caseId);
        var latencies = new List<double>();
        int first = 0, last = 0;
        for (var i = 0; i < reads; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await run.Client.SendWithRetryAsync(user, HttpMethod.Get, $"api/returnees/{caseId}");
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            response.EnsureSuccess("GET a case");
            if (i == 0)
            {
                first = response.Body.Length;
            }
            last = response.Body.Length;
        }
        var result = new StateGrowthResult(reads, stateBefore, versionBefore, await db.LongAsync(StateSql, caseId), await db.LongAsync(VersionSql, caseId),
            await db.LongAsync("SELECT count(*) FROM reception_case_event WHERE case_id = @id", caseId), first, last,
            Stats.Round(Stats.Percentile(latencies, 50), 2), Stats.Round(Stats.Percentile(latencies, 99), 2));
        run.Log.WriteLine($"[run] stored state after {reads} reads: {result.StateBytesBefore} B v{result.VersionBefore} → {result.StateBytesAfter} B v{result.VersionAfter}; {result.EventsAfter} events; response {first} → {last} B");
        return result;
    }
}
