using System.Collections.Concurrent;

namespace Reception.Bench.Simulation;

/// <summary>
/// The points' intake desks: each takes the first person its point's queue shows as arrived, interviews them for a
/// few simulated minutes, records the assessment and refers them to the recommended programs.
/// </summary>
internal sealed class IntakeDesks(SimulationContext simulation, Departures departures)
{
    private readonly ConcurrentDictionary<string, byte> _taken = new();

    /// <summary>One desk at the point, working until cancelled.</summary>
    public async Task WorkAsync(string point, CancellationToken cancel)
    {
        var manager = SimulationContext.Manager(point);
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                var detail = await simulation.Client.GetJsonAsync(manager, $"api/points/{point}", cancel);
                var next = detail?["queue"]?.AsArray()
                    .Select(e => e!["caseId"]!.GetValue<string>() is var id && e["stage"]!.GetValue<string>() == "arrived" ? id : null)
                    .FirstOrDefault(id => id is not null && simulation.Cases.ContainsKey(id) && _taken.TryAdd(id, 0));
                if (next is null)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancel);
                    continue;
                }
                await simulation.Clock.Delay(simulation.Minutes(4, 10), cancel);
                await AssessAsync(simulation.Cases[next], manager, cancel);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                simulation.Error($"desk at {point}: {e.Message}");
                await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
            }
        }
    }

    private async Task AssessAsync(SimCase sim, string manager, CancellationToken cancel)
    {
        var client = simulation.Client;
        var response = await client.SendWithRetryAsync(manager, HttpMethod.Put, $"api/returnees/{sim.CaseId}/assessment", simulation.Population.Assessment(sim.Person), cancel: cancel);
        if (!response.Ok)
        {
            simulation.Error($"assessment {sim.CaseId}: {(int)response.Status} {response.Text()}");
            return;
        }
        var recommendations = (await client.GetJsonAsync(manager, $"api/returnees/{sim.CaseId}/recommendations", cancel))?.AsArray() ?? [];
        foreach (var programId in recommendations.Select(r => r!["programId"]!.GetValue<string>()).Where(id => !sim.Programs.Contains(id)).Take(4).ToList())
        {
            var referral = await client.SendWithRetryAsync(manager, HttpMethod.Post, $"api/returnees/{sim.CaseId}/referrals", new { programId }, Guid.NewGuid().ToString("N"), cancel: cancel);
            if (referral.Ok)
            {
                lock (sim)
                {
                    sim.Programs.Add(programId);
                    sim.OpenReferrals++;
                }
            }
            else
            {
                simulation.Error($"referral {sim.CaseId} → {programId}: {(int)referral.Status} {referral.Text()}");
            }
        }
        sim.Assessed = true;
        departures.MaybeLeave(sim, cancel);
    }
}
