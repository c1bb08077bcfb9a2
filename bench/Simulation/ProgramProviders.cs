using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Reception.Bench.Simulation;

/// <summary>
/// Each program's provider (<c>provider-{id}</c>): takes its queue in order, a few people at a time as its daily
/// capacity allows, accepts (or, seldom, declines) and completes after a simulated service time.
/// </summary>
internal sealed class ProgramProviders(SimulationContext simulation, Departures departures)
{
    private readonly ConcurrentDictionary<string, byte> _taken = new();

    /// <summary>The program's provider, working until cancelled.</summary>
    public async Task WorkAsync(JsonObject program, CancellationToken cancel)
    {
        var id = program["id"]!.GetValue<string>();
        var provider = $"provider-{id}";
        var daily = program["dailyCapacity"]?.GetValue<int>() ?? 100;
        var slots = Math.Clamp((int)Math.Round(daily * 25.0 / 1440.0), 1, 8);
        using var free = new SemaphoreSlim(slots);
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                await free.WaitAsync(cancel);
                free.Release();
                var detail = await simulation.Client.GetJsonAsync(provider, $"api/programs/{id}", cancel);
                var pending = detail?["queue"]?.AsArray()
                    .Where(e => e!["status"]!.GetValue<string>() == "pending" && simulation.Cases.ContainsKey(e["caseId"]!.GetValue<string>()))
                    .Select(e => (Referral: e!["referralId"]!.GetValue<string>(), Case: e["caseId"]!.GetValue<string>()))
                    .ToList() ?? [];
                var started = 0;
                foreach (var (referral, caseId) in pending)
                {
                    if (!free.Wait(0, CancellationToken.None))
                    {
                        break;
                    }
                    if (!_taken.TryAdd(referral, 0))
                    {
                        free.Release();
                        continue;
                    }
                    started++;
                    _ = Task.Run(async () =>
                    {
                        try
                        {
                            await ServeAsync(id, provider, referral, simulation.Cases[caseId], cancel);
                        }
                        finally
                        {
                            free.Release();
                        }
                    }, CancellationToken.None);
                }
                if (started == 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancel);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                simulation.Error($"provider {id}: {e.Message}");
                await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
            }
        }
    }

    private async Task ServeAsync(string programId, string provider, string referral, SimCase sim, CancellationToken cancel)
    {
        var client = simulation.Client;
        try
        {
            var path = $"api/programs/{programId}/referrals/{referral}";
            var childProtection = simulation.IsChildProtection(programId);
            if (!childProtection && simulation.Population.NextDouble() < 0.03)
            {
                var declined = await client.SendWithRetryAsync(provider, HttpMethod.Post, $"{path}/decline", new { reason = "Sin cupo hoy; se sugiere otro programa." }, cancel: cancel);
                if (!declined.Ok)
                {
                    simulation.Error($"decline {referral}: {(int)declined.Status} {declined.Text()}");
                }
                departures.ReferralClosed(sim, cancel);
                return;
            }
            var accepted = await client.SendWithRetryAsync(provider, HttpMethod.Post, $"{path}/accept", null, cancel: cancel);
            if (!accepted.Ok)
            {
                if ((int)accepted.Status != 409)
                {
                    simulation.Error($"accept {referral}: {(int)accepted.Status} {accepted.Text()}");
                }
                departures.ReferralClosed(sim, cancel);
                return;
            }
            lock (sim)
            {
                sim.FirstService ??= simulation.Clock.Now;
            }
            await simulation.Clock.Delay(childProtection ? simulation.Minutes(20, 45) : simulation.Minutes(8, 30), cancel);
            var completed = await client.SendWithRetryAsync(provider, HttpMethod.Post, $"{path}/complete", new { outcome = "Atendido." }, cancel: cancel);
            if (!completed.Ok && (int)completed.Status != 409)
            {
                simulation.Error($"complete {referral}: {(int)completed.Status} {completed.Text()}");
            }
            departures.ReferralClosed(sim, cancel);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            simulation.Error($"serve {referral}: {e.Message}");
        }
    }
}
