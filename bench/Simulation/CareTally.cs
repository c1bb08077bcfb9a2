using System.Collections.Concurrent;

namespace Reception.Bench.Simulation;

/// <summary>
/// The care figures at the end: every case's stage as the API reports it, times to first service for the vulnerable
/// and for everyone else, and each point's alert lead from its live feed.
/// </summary>
internal static class CareTally
{
    public static async Task<CareReport> CountAsync(SimulationContext simulation, Arrivals arrivals, IReadOnlyDictionary<string, PointTrack> tracks, CancellationToken cancel)
    {
        var settings = simulation.Settings;
        var cases = simulation.Cases;
        var stages = new ConcurrentDictionary<string, int>();
        var unknown = 0;
        await Parallel.ForEachAsync(cases.Values, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancel }, async (sim, ct) =>
        {
            try
            {
                var view = await simulation.Client.GetJsonAsync(SimulationContext.Coordinator, $"api/returnees/{sim.CaseId}", ct);
                var stage = view?["stage"]?.GetValue<string>() ?? "";
                if (stage is "arrived" or "assessment" or "services" or "departed" or "transferred")
                {
                    stages.AddOrUpdate(stage, 1, (_, n) => n + 1);
                }
                else
                {
                    Interlocked.Increment(ref unknown);
                }
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref unknown);
                simulation.Error($"read {sim.CaseId}: {e.Message}");
            }
        });
        var end = simulation.Clock.Now;
        double Wait(SimCase c) => ((c.FirstService ?? end) - c.ArrivedAt).TotalMinutes;
        // Times to first service count the people with a service to wait for (SimCase.AwaitsService); the others are reported apart.
        var vulnerable = cases.Values.Where(c => c.Priority is "high" or "urgent" && c.AwaitsService).ToList();
        var others = cases.Values.Where(c => c.Priority is not ("high" or "urgent") && c.AwaitsService).ToList();
        var declined = cases.Values.Where(c => !c.AwaitsService).ToList();
        var unaccompanied = cases.Values.Where(c => c.Person.Unaccompanied).ToList();
        var alerts = tracks.Select(t => t.Value.Lead(t.Key)).OrderBy(a => a.Point).ToList();
        return new CareReport(
            settings.Speed, settings.Surge, Math.Round((settings.Duration + settings.Drain).TotalHours, 2), arrivals.Vehicles, arrivals.Notices, cases.Count, arrivals.Lost,
            unaccompanied.Count, unaccompanied.Count(c => c.ChildProtectionAtRegistration),
            unaccompanied.Count == 0 ? double.NaN : Math.Round(unaccompanied.Count(c => c.ChildProtectionAtRegistration) / (double)unaccompanied.Count, 4),
            vulnerable.Count, vulnerable.Count(c => c.FirstService is not null),
            Stats.Round(Stats.Percentile(vulnerable.Select(Wait).ToList(), 50)), Stats.Round(Stats.Percentile(vulnerable.Select(Wait).ToList(), 90)),
            others.Count, others.Count(c => c.FirstService is not null),
            Stats.Round(Stats.Percentile(others.Select(Wait).ToList(), 50)), Stats.Round(Stats.Percentile(others.Select(Wait).ToList(), 90)),
            unknown + arrivals.Lost, new SortedDictionary<string, int>(stages), alerts, simulation.Client.Retries, simulation.Errors.Take(20).ToList(),
            declined.Count(c => c.Priority is "high" or "urgent"), declined.Count(c => c.Priority is not ("high" or "urgent")));
    }
}
