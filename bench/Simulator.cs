using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Reception.Bench;

public sealed record SimulationSettings(
    double Speed,
    TimeSpan Duration,
    double Surge,
    TimeSpan SurgeAt,
    TimeSpan SurgeWindow,
    IReadOnlyList<string> Points,
    double Scale,
    int? Beds,
    TimeSpan Drain,
    int Seed,
    bool Quiet)
{
    public static SimulationSettings From(Options o)
    {
        var duration = o.Duration("duration", TimeSpan.FromHours(24));
        return new SimulationSettings(
            o.Double("speed", 60),
            duration,
            o.Double("surge", 1),
            o.Duration("surge-at", duration / 4),
            o.Duration("surge-window", TimeSpan.FromMinutes(30)),
            o.String("points", "TIJ,NLD,MEX").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToUpperInvariant()).ToList(),
            o.Double("scale", 1),
            o.Has("beds") ? o.Int("beds", 0) : null,
            o.Duration("drain", TimeSpan.Zero),
            o.Int("seed", 20240601),
            o.Has("quiet"));
    }
}

/// <summary>What the simulation measured about care (all times are simulated time).</summary>
public sealed record CareReport(
    double Speed,
    double Surge,
    double SimulatedHours,
    int Vehicles,
    int Notices,
    int Arrivals,
    int LostArrivals,
    int UnaccompaniedMinors,
    int UnaccompaniedReferredAtRegistration,
    double UnaccompaniedReferredShare,
    int Vulnerable,
    int VulnerableServed,
    double VulnerableFirstServiceP50Min,
    double VulnerableFirstServiceP90Min,
    int Others,
    int OthersServed,
    double OthersFirstServiceP50Min,
    double OthersFirstServiceP90Min,
    int StageUnknown,
    IReadOnlyDictionary<string, int> Stages,
    IReadOnlyList<AlertLead> Alerts,
    long Retries,
    IReadOnlyList<string> Errors);

/// <summary>When a point's alert first reached <c>surge</c> (or higher) and when its present people first reached its beds.</summary>
public sealed record AlertLead(string Point, int Beds, double? SurgeAtMin, double? CriticalAtMin, double? CapacityExceededAtMin, double? LeadMinutes, int PeakPresent);

/// <summary>
/// A day (or a surge) at some points, through the public API as staff and providers would work it: advance
/// notices, then buses of 20–50 (land) or flights of ~130 (airport), registration at the door, intake desks taking
/// the point's queue in the order the system shows it, assessments, referrals from the recommendations, providers
/// taking their queue in order (accept, complete, sometimes decline), then departure or — for unaccompanied
/// minors — transfer to DIF. Time runs <see cref="SimulationSettings.Speed"/> times faster than real time.
/// </summary>
public sealed class Simulator(ReceptionClient client, SimulationSettings settings, TextWriter log)
{
    private const string Coordinator = "coordinator";
    private readonly Stopwatch clock = new();
    private readonly Population population = new(settings.Seed);
    private readonly ConcurrentDictionary<string, SimCase> cases = new();
    private readonly ConcurrentDictionary<string, byte> deskTaken = new();
    private readonly ConcurrentDictionary<string, byte> referralTaken = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentDictionary<string, PointTrack> tracks = new();
    private readonly List<Task> background = [];
    private Dictionary<string, JsonObject> points = [];
    private Dictionary<string, string> programCategory = [];
    private int vehicles;
    private int notices;
    private int lost;

    private TimeSpan SimNow => clock.Elapsed * settings.Speed;

    private Task SimDelay(TimeSpan sim, CancellationToken cancel) => Task.Delay(sim / settings.Speed, cancel);

    private TimeSpan Minutes(double min, double max) => TimeSpan.FromMinutes(min + population.NextDouble() * (max - min));

    public async Task<CareReport> RunAsync(CancellationToken cancel)
    {
        var all = (await client.GetJsonAsync(Coordinator, "api/points", cancel))!.AsArray();
        points = all.Select(p => p!.AsObject()).Where(p => settings.Points.Contains(p["code"]!.GetValue<string>())).ToDictionary(p => p["code"]!.GetValue<string>());
        var missing = settings.Points.Except(points.Keys).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"unknown points: {string.Join(", ", missing)}");
        }
        var programs = (await client.GetJsonAsync(Coordinator, "api/programs", cancel))!.AsArray().Select(p => p!.AsObject()).ToList();
        programCategory = programs.ToDictionary(p => p["id"]!.GetValue<string>(), p => p["category"]!.GetValue<string>());

        if (settings.Beds is { } beds)
        {
            foreach (var (code, point) in points)
            {
                var capacity = point["capacity"]!.AsObject();
                var body = new { shelterBeds = beds, intakeDesks = capacity["intakeDesks"]!.GetValue<int>(), usualDailyArrivals = capacity["usualDailyArrivals"]?.GetValue<int>() };
                (await client.SendWithRetryAsync(Manager(code), HttpMethod.Put, $"api/points/{code}/capacity", body, cancel: cancel)).EnsureSuccess($"capacity of {code}");
                capacity["shelterBeds"] = beds;
            }
        }

        await using var feed = await PointFeed.ConnectAsync(client, Coordinator);
        foreach (var (code, point) in points)
        {
            tracks[code] = new PointTrack(point["capacity"]!["shelterBeds"]!.GetValue<int>());
        }
        feed.PointUpdated += OnPointUpdated;
        feed.AlertChanged += (code, message, _) =>
        {
            if (tracks.TryGetValue(code, out var track))
            {
                track.Observe(PointFeed.Str(message, "current"), -1, SimNow);
            }
        };
        clock.Start();
        foreach (var code in points.Keys)
        {
            await feed.SubscribePointAsync(code);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var schedule = Schedule();
        Say($"simulating {settings.Duration.TotalHours:0.#} h at {string.Join(", ", points.Keys)} ×{settings.Speed} speed ({(settings.Duration + settings.Drain) / settings.Speed:hh\\:mm\\:ss} real); {schedule.Count} vehicles, {schedule.Sum(v => v.Size)} people" +
            (settings.Surge > 1 ? $"; surge ×{settings.Surge} from {settings.SurgeAt.TotalHours:0.##} h for {settings.SurgeWindow.TotalMinutes:0} min" : ""));

        foreach (var (code, point) in points)
        {
            var desks = Math.Max(1, point["capacity"]!["intakeDesks"]!.GetValue<int>());
            for (var d = 0; d < desks; d++)
            {
                background.Add(Task.Run(() => DeskAsync(code, stop.Token), CancellationToken.None));
            }
        }
        foreach (var program in programs.Where(p => p["points"]!.AsArray().Any(c => points.ContainsKey(c!.GetValue<string>()))))
        {
            background.Add(Task.Run(() => ProviderAsync(program, stop.Token), CancellationToken.None));
        }
        background.Add(Task.Run(() => ProgressAsync(stop.Token), CancellationToken.None));

        var vehicleTasks = schedule.Select(v => Task.Run(() => VehicleAsync(v, stop.Token), CancellationToken.None)).ToList();
        try
        {
            await Task.Delay((settings.Duration + settings.Drain) / settings.Speed, cancel);
        }
        catch (OperationCanceledException)
        {
        }
        await Task.WhenAll(vehicleTasks.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        await stop.CancelAsync();
        await Task.WhenAll(background.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        return await ReportAsync(CancellationToken.None);
    }

    private void OnPointUpdated(string code, System.Text.Json.JsonElement message, DateTime _)
    {
        if (tracks.TryGetValue(code, out var track))
        {
            track.Observe(PointFeed.Str(message, "alertLevel"), PointFeed.Int(message, "present"), SimNow);
        }
    }

    private sealed record Vehicle(string Point, TimeSpan At, int Size, string Transport, TimeSpan? NoticeAt, string Reference);

    private List<Vehicle> Schedule()
    {
        var list = new List<Vehicle>();
        var random = population.Random;
        foreach (var (code, point) in points)
        {
            var airport = point["kind"]?.GetValue<string>() == "airport";
            var usual = point["capacity"]!["usualDailyArrivals"]?.GetValue<int>() ?? 0;
            var daily = (usual > 0 ? usual : 50) * settings.Scale;
            var meanSize = airport ? 130.0 : 31.0;
            var perHour = daily / meanSize / 24.0;
            var maxRate = perHour * Math.Max(1, settings.Surge);
            var t = 0.0;
            var count = 0;
            while (maxRate > 0)
            {
                t += -Math.Log(1 - random.NextDouble()) / maxRate;
                if (t >= settings.Duration.TotalHours)
                {
                    break;
                }
                var at = TimeSpan.FromHours(t);
                if (random.NextDouble() > RateFactor(at) / Math.Max(1, settings.Surge))
                {
                    continue;
                }
                list.Add(MakeVehicle(code, airport, at, ++count));
            }
            if (airport && count == 0)
            {
                var at = settings.Surge > 1 ? settings.SurgeAt + settings.SurgeWindow / 2 : settings.Duration / 3;
                list.Add(MakeVehicle(code, airport, at, 1));
            }
        }
        return list.OrderBy(v => v.At).ToList();
    }

    private double RateFactor(TimeSpan at) =>
        settings.Surge > 1 && at >= settings.SurgeAt && at < settings.SurgeAt + settings.SurgeWindow ? settings.Surge : 1;

    private Vehicle MakeVehicle(string code, bool airport, TimeSpan at, int number)
    {
        var random = population.Random;
        int size;
        string transport;
        if (airport)
        {
            size = random.Next(125, 137);
            transport = "flight";
        }
        else if (random.NextDouble() < 0.85)
        {
            size = random.Next(20, 51);
            transport = "bus";
        }
        else
        {
            size = random.Next(1, 6);
            transport = "foot";
        }
        TimeSpan? noticeAt = transport == "foot" || random.NextDouble() > 0.85 ? null : at - TimeSpan.FromHours(1 + random.NextDouble() * 3);
        if (noticeAt < TimeSpan.Zero)
        {
            noticeAt = TimeSpan.Zero;
        }
        var reference = airport ? $"PRI-{code}-{number:000}" : transport == "bus" ? $"INM-{code}-BUS-{number:000}" : $"{code}-PIE-{number:000}";
        return new Vehicle(code, at, size, transport, noticeAt, reference);
    }

    private async Task VehicleAsync(Vehicle vehicle, CancellationToken cancel)
    {
        try
        {
            var today = DateOnly.FromDateTime(DateTime.Now);
            var people = population.Group(vehicle.Size, today);
            string? noticeId = null;
            if (vehicle.NoticeAt is { } noticeAt)
            {
                await Until(noticeAt, cancel);
                var expectedAt = DateTimeOffset.Now + (vehicle.At - SimNow) / settings.Speed;
                var body = new { expectedAt, headcount = people.Count, minors = people.Count(p => p.Minor), transport = vehicle.Transport, reference = vehicle.Reference };
                var response = await client.SendWithRetryAsync(Manager(vehicle.Point), HttpMethod.Post, $"api/points/{vehicle.Point}/notices", body, Guid.NewGuid().ToString("N"), cancel: cancel);
                if (response.Ok)
                {
                    noticeId = response.Json()?["id"]?.ToString();
                    Interlocked.Increment(ref notices);
                }
                else
                {
                    Error($"notice {vehicle.Reference}: {(int)response.Status} {response.Text()}");
                }
            }
            await Until(vehicle.At, cancel);
            Interlocked.Increment(ref vehicles);
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
            Error($"vehicle {vehicle.Reference}: {e.Message}");
        }
    }

    private async Task<string?> RegisterAsync(string point, Person person, string? companion, string? noticeId, string transport, CancellationToken cancel)
    {
        var key = Guid.NewGuid().ToString("N");
        var response = await client.SendWithRetryAsync(Manager(point), HttpMethod.Post, $"api/points/{point}/arrivals",
            person.ArrivalBody(companion, noticeId, transport), key, attempts: 8, cancel: cancel);
        if (!response.Ok)
        {
            Interlocked.Increment(ref lost);
            Error($"arrival at {point}: {(int)response.Status} {response.Text()}");
            return null;
        }
        var receipt = response.Json()!.AsObject();
        var caseId = receipt["caseId"]!.GetValue<string>();
        var referrals = receipt["referrals"]?.AsArray().Select(r => r!["programId"]!.GetValue<string>()).ToList() ?? [];
        var sim = new SimCase(caseId, point, person, SimNow, receipt["priority"]?.GetValue<string>() ?? "normal",
            referrals.Any(id => programCategory.GetValueOrDefault(id) == "childProtection"));
        foreach (var id in referrals)
        {
            sim.Programs.Add(id);
            sim.OpenReferrals++;
        }
        cases[caseId] = sim;
        return caseId;
    }

    private async Task DeskAsync(string point, CancellationToken cancel)
    {
        var manager = Manager(point);
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                var detail = await client.GetJsonAsync(manager, $"api/points/{point}", cancel);
                var next = detail?["queue"]?.AsArray()
                    .Select(e => e!["caseId"]!.GetValue<string>() is var id && e["stage"]!.GetValue<string>() == "arrived" ? id : null)
                    .FirstOrDefault(id => id is not null && cases.ContainsKey(id) && deskTaken.TryAdd(id, 0));
                if (next is null)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancel);
                    continue;
                }
                await SimDelay(Minutes(4, 10), cancel);
                await AssessAsync(cases[next], manager, cancel);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                Error($"desk at {point}: {e.Message}");
                await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
            }
        }
    }

    private async Task AssessAsync(SimCase sim, string manager, CancellationToken cancel)
    {
        var response = await client.SendWithRetryAsync(manager, HttpMethod.Put, $"api/returnees/{sim.CaseId}/assessment", population.Assessment(sim.Person), cancel: cancel);
        if (!response.Ok)
        {
            Error($"assessment {sim.CaseId}: {(int)response.Status} {response.Text()}");
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
                Error($"referral {sim.CaseId} → {programId}: {(int)referral.Status} {referral.Text()}");
            }
        }
        sim.Assessed = true;
        MaybeLeave(sim, cancel);
    }

    private async Task ProviderAsync(JsonObject program, CancellationToken cancel)
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
                var detail = await client.GetJsonAsync(provider, $"api/programs/{id}", cancel);
                var pending = detail?["queue"]?.AsArray()
                    .Where(e => e!["status"]!.GetValue<string>() == "pending" && cases.ContainsKey(e["caseId"]!.GetValue<string>()))
                    .Select(e => (Referral: e!["referralId"]!.GetValue<string>(), Case: e["caseId"]!.GetValue<string>()))
                    .ToList() ?? [];
                var started = 0;
                foreach (var (referral, caseId) in pending)
                {
                    if (!free.Wait(0))
                    {
                        break;
                    }
                    if (!referralTaken.TryAdd(referral, 0))
                    {
                        free.Release();
                        continue;
                    }
                    started++;
                    _ = Task.Run(async () =>
                    {
                        try
                        {
                            await ServeAsync(id, provider, referral, cases[caseId], cancel);
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
                Error($"provider {id}: {e.Message}");
                await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
            }
        }
    }

    private async Task ServeAsync(string programId, string provider, string referral, SimCase sim, CancellationToken cancel)
    {
        try
        {
            var path = $"api/programs/{programId}/referrals/{referral}";
            if (programCategory.GetValueOrDefault(programId) != "childProtection" && population.NextDouble() < 0.03)
            {
                var declined = await client.SendWithRetryAsync(provider, HttpMethod.Post, $"{path}/decline", new { reason = "Sin cupo hoy; se sugiere otro programa." }, cancel: cancel);
                if (!declined.Ok)
                {
                    Error($"decline {referral}: {(int)declined.Status} {declined.Text()}");
                }
                Closed(sim, cancel);
                return;
            }
            var accepted = await client.SendWithRetryAsync(provider, HttpMethod.Post, $"{path}/accept", null, cancel: cancel);
            if (!accepted.Ok)
            {
                if ((int)accepted.Status != 409)
                {
                    Error($"accept {referral}: {(int)accepted.Status} {accepted.Text()}");
                }
                Closed(sim, cancel);
                return;
            }
            lock (sim)
            {
                sim.FirstService ??= SimNow;
            }
            await SimDelay(programCategory.GetValueOrDefault(programId) == "childProtection" ? Minutes(20, 45) : Minutes(8, 30), cancel);
            var completed = await client.SendWithRetryAsync(provider, HttpMethod.Post, $"{path}/complete", new { outcome = "Atendido." }, cancel: cancel);
            if (!completed.Ok && (int)completed.Status != 409)
            {
                Error($"complete {referral}: {(int)completed.Status} {completed.Text()}");
            }
            Closed(sim, cancel);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            Error($"serve {referral}: {e.Message}");
        }
    }

    private void Closed(SimCase sim, CancellationToken cancel)
    {
        lock (sim)
        {
            sim.OpenReferrals--;
        }
        MaybeLeave(sim, cancel);
    }

    private void MaybeLeave(SimCase sim, CancellationToken cancel)
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
                await SimDelay(Minutes(5, 20), cancel);
                var manager = Manager(sim.Point);
                var response = sim.Person.Unaccompanied
                    ? await client.SendWithRetryAsync(manager, HttpMethod.Post, $"api/returnees/{sim.CaseId}/transfer", new { institution = "DIF estatal", note = "Entregado a protección de la niñez." }, cancel: cancel)
                    : await client.SendWithRetryAsync(manager, HttpMethod.Post, $"api/returnees/{sim.CaseId}/departure", new { destinationState = population.Destination(), transport = "bus" }, cancel: cancel);
                if (!response.Ok)
                {
                    Error($"leave {sim.CaseId}: {(int)response.Status} {response.Text()}");
                }
            }
            catch (OperationCanceledException)
            {
            }
        }, CancellationToken.None);
    }

    private async Task ProgressAsync(CancellationToken cancel)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(settings.Quiet ? 30 : 5), cancel);
                var state = string.Join("  ", tracks.Select(t => $"{t.Key} present {t.Value.Present}/{t.Value.Beds} {t.Value.Level}"));
                Say($"t={SimNow:hh\\:mm} arrivals {cases.Count}  served {cases.Values.Count(c => c.FirstService is not null)}  {state}");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<CareReport> ReportAsync(CancellationToken cancel)
    {
        var stages = new ConcurrentDictionary<string, int>();
        var unknown = 0;
        await Parallel.ForEachAsync(cases.Values, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancel }, async (sim, ct) =>
        {
            try
            {
                var view = await client.GetJsonAsync(Coordinator, $"api/returnees/{sim.CaseId}", ct);
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
                Error($"read {sim.CaseId}: {e.Message}");
            }
        });
        var end = SimNow;
        double Wait(SimCase c) => ((c.FirstService ?? end) - c.ArrivedAt).TotalMinutes;
        var vulnerable = cases.Values.Where(c => c.Priority is "high" or "urgent").ToList();
        var others = cases.Values.Where(c => c.Priority is not ("high" or "urgent")).ToList();
        var unaccompanied = cases.Values.Where(c => c.Person.Unaccompanied).ToList();
        var alerts = tracks.Select(t => t.Value.Lead(t.Key)).OrderBy(a => a.Point).ToList();
        return new CareReport(
            settings.Speed, settings.Surge, Math.Round((settings.Duration + settings.Drain).TotalHours, 2), vehicles, notices, cases.Count, lost,
            unaccompanied.Count, unaccompanied.Count(c => c.ChildProtectionAtRegistration),
            unaccompanied.Count == 0 ? double.NaN : Math.Round(unaccompanied.Count(c => c.ChildProtectionAtRegistration) / (double)unaccompanied.Count, 4),
            vulnerable.Count, vulnerable.Count(c => c.FirstService is not null),
            Stats.Round(Stats.Percentile(vulnerable.Select(Wait).ToList(), 50)), Stats.Round(Stats.Percentile(vulnerable.Select(Wait).ToList(), 90)),
            others.Count, others.Count(c => c.FirstService is not null),
            Stats.Round(Stats.Percentile(others.Select(Wait).ToList(), 50)), Stats.Round(Stats.Percentile(others.Select(Wait).ToList(), 90)),
            unknown + lost, new SortedDictionary<string, int>(stages), alerts, client.Retries, errors.Take(20).ToList());
    }

    private async Task Until(TimeSpan sim, CancellationToken cancel)
    {
        var wait = (sim - SimNow) / settings.Speed;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancel);
        }
    }

    private static string Manager(string point) => $"manager-{point}";

    private void Error(string message)
    {
        if (errors.Count < 1000)
        {
            errors.Enqueue(message);
        }
        if (!settings.Quiet)
        {
            log.WriteLine($"  ! {message}");
        }
    }

    private void Say(string message) => log.WriteLine($"[simulate] {message}");

    private sealed class SimCase(string caseId, string point, Person person, TimeSpan arrivedAt, string priority, bool childProtection)
    {
        public string CaseId { get; } = caseId;
        public string Point { get; } = point;
        public Person Person { get; } = person;
        public TimeSpan ArrivedAt { get; } = arrivedAt;
        public string Priority { get; } = priority;
        public bool ChildProtectionAtRegistration { get; } = childProtection;
        public HashSet<string> Programs { get; } = [];
        public int OpenReferrals { get; set; }
        public bool Assessed { get; set; }
        public bool Leaving { get; set; }
        public TimeSpan? FirstService { get; set; }
    }

    private sealed class PointTrack(int beds)
    {
        private TimeSpan? surgeAt;
        private TimeSpan? criticalAt;
        private TimeSpan? exceededAt;

        public int Beds { get; } = beds;
        public int Present { get; private set; }
        public int PeakPresent { get; private set; }
        public string Level { get; private set; } = "?";

        public void Observe(string level, int present, TimeSpan now)
        {
            lock (this)
            {
                if (level.Length > 0)
                {
                    Level = level;
                    if (level is "surge" or "critical")
                    {
                        surgeAt ??= now;
                    }
                    if (level == "critical")
                    {
                        criticalAt ??= now;
                    }
                }
                if (present >= 0)
                {
                    Present = present;
                    PeakPresent = Math.Max(PeakPresent, present);
                    if (Beds > 0 && present > Beds)
                    {
                        exceededAt ??= now;
                    }
                }
            }
        }

        public AlertLead Lead(string code)
        {
            lock (this)
            {
                return new AlertLead(code, Beds, surgeAt?.TotalMinutes is { } s ? Math.Round(s, 1) : null, criticalAt?.TotalMinutes is { } c ? Math.Round(c, 1) : null,
                    exceededAt?.TotalMinutes is { } e ? Math.Round(e, 1) : null,
                    surgeAt is { } a && exceededAt is { } b ? Math.Round((b - a).TotalMinutes, 1) : null, PeakPresent);
            }
        }
    }
}
