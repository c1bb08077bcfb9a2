namespace Reception.Bench.Simulation;

/// <summary>
/// People leave the point once assessed and with no referral left open: a departure for their destination, or — for
/// unaccompanied minors — a transfer to DIF.
/// </summary>
internal sealed class Departures(SimulationContext simulation)
{
    public void ReferralClosed(SimCase sim, CancellationToken cancel)
    {
        lock (sim)
        {
            sim.OpenReferrals--;
        }
        MaybeLeave(sim, cancel);
    }

    public void MaybeLeave(SimCase sim, CancellationToken cancel)
    {
        lock (sim)
        {
            if (!sim.Assessed || sim.OpenReferrals > 0 || sim.Leaving)
            {
                return;
            }
            sim.Leaving = true;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                await simulation.Clock.Delay(simulation.Minutes(5, 20), cancel);
                var manager = SimulationContext.Manager(sim.Point);
                var client = simulation.Client;
                if (sim.Person.Unaccompanied && !await HandOverAsync(client, manager, sim.CaseId, cancel))
                {
                    return;
                }
                var response = sim.Person.Unaccompanied
                    ? await client.SendWithRetryAsync(manager, HttpMethod.Post, $"api/returnees/{sim.CaseId}/transfer", new { institution = "DIF estatal", note = "Entregado a protección de la niñez." }, cancel: cancel)
                    : await client.SendWithRetryAsync(manager, HttpMethod.Post, $"api/returnees/{sim.CaseId}/departure", new { destinationState = simulation.Population.Destination(), transport = "bus" }, cancel: cancel);
                if (!response.Ok)
                {
                    simulation.Error($"leave {sim.CaseId}: {(int)response.Status} {response.Text()}");
                }
            }
            catch (OperationCanceledException)
            {
            }
        }, CancellationToken.None);
    }

    /// <summary>
    /// An unaccompanied child leaves only once the chain of custody ends in the handover to child protection (issue
    /// #14): the point's manager records the reception from the foreign authority and the handover.
    /// </summary>
    internal static async Task<bool> HandOverAsync(ReceptionClient client, string manager, string caseId, CancellationToken cancel)
    {
        foreach (var step in new[] { "receivedFromForeignAuthority", "handedToChildProtection" })
        {
            var response = await client.SendWithRetryAsync(manager, HttpMethod.Post, $"api/returnees/{caseId}/custody", new
            {
                step,
                fromName = step == "receivedFromForeignAuthority" ? "Agente CBP" : "Oficial de protección a la infancia",
                fromInstitution = step == "receivedFromForeignAuthority" ? "US CBP" : "INM",
                toName = step == "receivedFromForeignAuthority" ? "Oficial de protección a la infancia" : "Personal del DIF",
                toInstitution = step == "receivedFromForeignAuthority" ? "INM" : "DIF estatal",
            }, cancel: cancel);
            if (!response.Ok && response.Status != System.Net.HttpStatusCode.Conflict)
            {
                return false;
            }
        }
        return true;
    }
}
