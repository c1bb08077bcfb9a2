namespace Reception.Bench.Simulation;

/// <summary>
/// The points' intake desks: each calls the next person as a desk does ("Llamar siguiente": the point gives the most
/// urgent person waiting, never the same to two desks), interviews them for a few simulated minutes, records the
/// assessment and refers them to the recommended programs.
/// </summary>
internal sealed class IntakeDesks(SimulationContext simulation, Departures departures)
{
    /// <summary>Desk <paramref name="desk"/> at the point, working until cancelled.</summary>
    public async Task WorkAsync(string point, string desk, CancellationToken cancel)
    {
        var manager = SimulationContext.Manager(point);
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                var call = await simulation.Client.SendWithRetryAsync(manager, HttpMethod.Post, $"api/points/{point}/desks/{desk}/next", cancel: cancel);
                var next = call.Ok ? call.Json()?["caseId"]?.GetValue<string>() : null;
                if (!call.Ok)
                {
                    simulation.Error($"desk {desk} at {point}: {(int)call.Status} {call.Text()}");
                }
                if (next is null || !simulation.Cases.ContainsKey(next))
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
        var assessment = simulation.Population.Assessment(sim.Person);
        assessment["consentToShare"] = sim.ConsentsToShare;
        var response = await client.SendWithRetryAsync(manager, HttpMethod.Put, $"api/returnees/{sim.CaseId}/assessment", assessment, cancel: cancel);
        if (!response.Ok)
        {
            simulation.Error($"assessment {sim.CaseId}: {(int)response.Status} {response.Text()}");
            return;
        }
        // Without consent to share, the desk refers to nothing but the mandatory care the registration already referred.
        var consented = response.Json()?["consentToShare"]?.GetValue<bool>() ?? false;
        var recommendations = consented ? (await client.GetJsonAsync(manager, $"api/returnees/{sim.CaseId}/recommendations", cancel))?.AsArray() ?? [] : [];
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
