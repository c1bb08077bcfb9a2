namespace Reception.Bench.Simulation;

/// <summary>
/// Each vehicle of the schedule as the point's manager sees it: the advance notice when it is announced, then its
/// people registered at the door, a few at a time.
/// </summary>
internal sealed class Arrivals(SimulationContext simulation)
{
    private int _vehicles;
    private int _notices;
    private int _lost;

    public int Vehicles => _vehicles;

    public int Notices => _notices;

    /// <summary>People whose registration was refused even after the client's retries.</summary>
    public int Lost => _lost;

    public async Task VehicleAsync(Vehicle vehicle, CancellationToken cancel)
    {
        try
        {
            var today = DateOnly.FromDateTime(DateTime.Now);
            var people = simulation.Population.Group(vehicle.Size, today);
            var noticeId = await NoticeAsync(vehicle, people, cancel);
            await simulation.Clock.Until(vehicle.At, cancel);
            Interlocked.Increment(ref _vehicles);
            var caseIds = new string?[people.Count];
            // adults (and unaccompanied minors) first, a few desks at the door at once; then accompanied minors with their adult's case id
            using var door = new SemaphoreSlim(4);
            async Task RegisterAt(int i)
            {
                await door.WaitAsync(cancel);
                try
                {
                    var person = people[i];
                    var companion = person.CompanionIndex is { } c ? caseIds[c] : null;
                    caseIds[i] = await RegisterAsync(vehicle.Point, person, companion, noticeId, vehicle.Transport, cancel);
                }
                finally
                {
                    door.Release();
                }
            }
            await Task.WhenAll(Enumerable.Range(0, people.Count).Where(i => people[i].CompanionIndex is null).Select(RegisterAt));
            await Task.WhenAll(Enumerable.Range(0, people.Count).Where(i => people[i].CompanionIndex is not null).Select(RegisterAt));
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            simulation.Error($"vehicle {vehicle.Reference}: {e.Message}");
        }
    }

    /// <summary>Posts the vehicle's advance notice at its time, if it has one; returns the notice's id.</summary>
    private async Task<string?> NoticeAsync(Vehicle vehicle, IReadOnlyList<Person> people, CancellationToken cancel)
    {
        if (vehicle.NoticeAt is not { } noticeAt)
        {
            return null;
        }
        await simulation.Clock.Until(noticeAt, cancel);
        var expectedAt = DateTimeOffset.Now + simulation.Clock.ToReal(vehicle.At - simulation.Clock.Now);
        var body = new { expectedAt, headcount = people.Count, minors = people.Count(p => p.Minor), transport = vehicle.Transport, reference = vehicle.Reference };
        var response = await simulation.Client.SendWithRetryAsync(SimulationContext.Manager(vehicle.Point), HttpMethod.Post, $"api/points/{vehicle.Point}/notices", body, Guid.NewGuid().ToString("N"), cancel: cancel);
        if (!response.Ok)
        {
            simulation.Error($"notice {vehicle.Reference}: {(int)response.Status} {response.Text()}");
            return null;
        }
        Interlocked.Increment(ref _notices);
        return response.Json()?["id"]?.ToString();
    }

    /// <summary>The share of people who agree to their assessment being shared with the programs they are referred to.</summary>
    private const double ConsentRate = 0.85;

    /// <summary>
    /// The door records the person's consent to share right after the privacy notice, so the care their situation calls
    /// for (health for an older adult, psychosocial care after a family separation…) is referred at once rather than
    /// after the interview; returns the programs referred because of it.
    /// </summary>
    private async Task<IReadOnlyList<string>> ConsentAtTheDoorAsync(string point, string caseId, CancellationToken cancel)
    {
        var response = await simulation.Client.SendWithRetryAsync(SimulationContext.Manager(point), HttpMethod.Put,
            $"api/returnees/{caseId}/consent/shareAssessment", new { given = true }, cancel: cancel);
        if (!response.Ok)
        {
            simulation.Error($"consent {caseId}: {(int)response.Status} {response.Text()}");
            return [];
        }
        return response.Json()?["referrals"]?.AsArray()
            .Where(r => r!["status"]?.GetValue<string>() is "pending" or "accepted")
            .Select(r => r!["programId"]!.GetValue<string>()).ToList() ?? [];
    }

    private async Task<string?> RegisterAsync(string point, Person person, string? companion, string? noticeId, string transport, CancellationToken cancel)
    {
        var key = Guid.NewGuid().ToString("N");
        var response = await simulation.Client.SendWithRetryAsync(SimulationContext.Manager(point), HttpMethod.Post, $"api/points/{point}/arrivals",
            person.ArrivalBody(companion, noticeId, transport), key, attempts: 8, cancel: cancel);
        if (!response.Ok)
        {
            Interlocked.Increment(ref _lost);
            simulation.Error($"arrival at {point}: {(int)response.Status} {response.Text()}");
            return null;
        }
        var receipt = response.Json()!.AsObject();
        var caseId = receipt["caseId"]!.GetValue<string>();
        var referrals = receipt["referrals"]?.AsArray().Select(r => r!["programId"]!.GetValue<string>()).ToList() ?? [];
        var sim = new SimCase(caseId, point, person, simulation.Clock.Now, receipt["priority"]?.GetValue<string>() ?? "normal",
            referrals.Any(simulation.IsChildProtection), simulation.Population.NextDouble() < ConsentRate)
        {
            MandatoryReferral = referrals.Count > 0,
        };
        if (sim.ConsentsToShare)
        {
            referrals.AddRange(await ConsentAtTheDoorAsync(point, caseId, cancel));
        }
        foreach (var id in referrals.Distinct())
        {
            sim.Programs.Add(id);
            sim.OpenReferrals++;
        }
        simulation.Cases[caseId] = sim;
        return caseId;
    }
}
