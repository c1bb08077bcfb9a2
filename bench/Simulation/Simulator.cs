using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Reception.Bench.Simulation;

/// <summary>
/// A day (or a surge) at some points, through the public API as staff and providers would work it: advance
/// notices, then buses of 20–50 (land) or flights of ~130 (airport), registration at the door, intake desks taking
/// the point's queue in the order the system shows it, assessments, referrals from the recommendations, providers
/// taking their queue in order (accept, complete, sometimes decline), then departure or — for unaccompanied
/// minors — transfer to DIF. Time runs <see cref="SimulationSettings.Speed"/> times faster than real time.
/// The rates and their sources are in docs/population.md.
/// </summary>
public sealed class Simulator(ReceptionClient client, SimulationSettings settings, TextWriter log)
{
    private readonly ConcurrentDictionary<string, PointTrack> _tracks = new();

    public async Task<CareReport> RunAsync(CancellationToken cancel)
    {
        var all = (await client.GetJsonAsync(SimulationContext.Coordinator, "api/points", cancel))!.AsArray();
        var points = all.Select(p => p!.AsObject()).Where(p => settings.Points.Contains(p["code"]!.GetValue<string>())).ToDictionary(p => p["code"]!.GetValue<string>());
        var missing = settings.Points.Except(points.Keys).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"unknown points: {string.Join(", ", missing)}");
        }
        var programs = (await client.GetJsonAsync(SimulationContext.Coordinator, "api/programs", cancel))!.AsArray().Select(p => p!.AsObject()).ToList();
        var simulation = new SimulationContext(client, settings, log,
            programs.ToDictionary(p => p["id"]!.GetValue<string>(), p => p["category"]!.GetValue<string>()));
        var clock = simulation.Clock;

        if (settings.Beds is { } beds)
        {
            await SetBedsAsync(points, beds, cancel);
        }

        await using var feed = await PointFeed.ConnectAsync(client, SimulationContext.Coordinator);
        foreach (var (code, point) in points)
        {
            _tracks[code] = new PointTrack(point["capacity"]!["shelterBeds"]!.GetValue<int>());
        }
        feed.PointUpdated += (code, message, _) => Observe(code, PointFeed.Str(message, "alertLevel"), PointFeed.Int(message, "present"), clock.Now);
        feed.AlertChanged += (code, message, _) => Observe(code, PointFeed.Str(message, "current"), -1, clock.Now);
        clock.Start();
        foreach (var code in points.Keys)
        {
            await feed.SubscribePointAsync(code);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var schedule = ArrivalSchedule.Build(points, settings, simulation.Population.Random);
        simulation.Say($"simulating {settings.Duration.TotalHours:0.#} h at {string.Join(", ", points.Keys)} ×{settings.Speed} speed ({clock.ToReal(settings.Duration + settings.Drain):hh\\:mm\\:ss} real); {schedule.Count} vehicles, {schedule.Sum(v => v.Size)} people" +
            (settings.Surge > 1 ? $"; surge ×{settings.Surge} from {settings.SurgeAt.TotalHours:0.##} h for {settings.SurgeWindow.TotalMinutes:0} min" : ""));

        var departures = new Departures(simulation);
        var desks = new IntakeDesks(simulation, departures);
        var providers = new ProgramProviders(simulation, departures);
        var arrivals = new Arrivals(simulation);
        var background = new List<Task>();
        foreach (var (code, point) in points)
        {
            var deskCount = Math.Max(1, point["capacity"]!["intakeDesks"]!.GetValue<int>());
            for (var d = 1; d <= deskCount; d++)
            {
                var desk = d.ToString(System.Globalization.CultureInfo.InvariantCulture);
                background.Add(Task.Run(() => desks.WorkAsync(code, desk, stop.Token), CancellationToken.None));
            }
        }
        foreach (var program in programs.Where(p => p["points"]!.AsArray().Any(c => points.ContainsKey(c!.GetValue<string>()))))
        {
            background.Add(Task.Run(() => providers.WorkAsync(program, stop.Token), CancellationToken.None));
        }
        background.Add(Task.Run(() => ProgressAsync(simulation, stop.Token), CancellationToken.None));

        var vehicleTasks = schedule.Select(v => Task.Run(() => arrivals.VehicleAsync(v, stop.Token), CancellationToken.None)).ToList();
        try
        {
            await Task.Delay(clock.ToReal(settings.Duration + settings.Drain), cancel);
        }
        catch (OperationCanceledException)
        {
        }
        await Task.WhenAll(vehicleTasks.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        await stop.CancelAsync();
        await Task.WhenAll(background.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        return await CareTally.CountAsync(simulation, arrivals, _tracks, CancellationToken.None);
    }

    /// <summary>Sets every point's shelter beds (keeping its desks and usual volume), so a surge can exceed them.</summary>
    private async Task SetBedsAsync(Dictionary<string, JsonObject> points, int beds, CancellationToken cancel)
    {
        foreach (var (code, point) in points)
        {
            var capacity = point["capacity"]!.AsObject();
            var body = new { shelterBeds = beds, intakeDesks = capacity["intakeDesks"]!.GetValue<int>(), usualDailyArrivals = capacity["usualDailyArrivals"]?.GetValue<int>() };
            (await client.SendWithRetryAsync(SimulationContext.Manager(code), HttpMethod.Put, $"api/points/{code}/capacity", body, cancel: cancel)).EnsureSuccess($"capacity of {code}");
            capacity["shelterBeds"] = beds;
        }
    }

    private void Observe(string code, string level, int present, TimeSpan now)
    {
        if (_tracks.TryGetValue(code, out var track))
        {
            track.Observe(level, present, now);
        }
    }

    private async Task ProgressAsync(SimulationContext simulation, CancellationToken cancel)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(settings.Quiet ? 30 : 5), cancel);
                var state = string.Join("  ", _tracks.Select(t => $"{t.Key} present {t.Value.Present}/{t.Value.Beds} {t.Value.Level}"));
                simulation.Say($"t={simulation.Clock.Now:hh\\:mm} arrivals {simulation.Cases.Count}  served {simulation.Cases.Values.Count(c => c.FirstService is not null)}  {state}");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
