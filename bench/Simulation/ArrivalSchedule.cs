using System.Text.Json.Nodes;

namespace Reception.Bench.Simulation;

/// <summary>A bus, a flight or a group on foot: where and when it arrives, how many people, and when it is announced.</summary>
internal sealed record Vehicle(string Point, TimeSpan At, int Size, string Transport, TimeSpan? NoticeAt, string Reference);

/// <summary>
/// The vehicles of the whole simulation, drawn before it starts: at each point a Poisson process at the point's usual
/// daily volume (multiplied by <see cref="SimulationSettings.Scale"/>, and by <see cref="SimulationSettings.Surge"/>
/// inside the surge window), sizes and advance notices as in docs/population.md.
/// </summary>
internal static class ArrivalSchedule
{
    public static List<Vehicle> Build(IReadOnlyDictionary<string, JsonObject> points, SimulationSettings settings, Random random)
    {
        var list = new List<Vehicle>();
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
            // Thinning: draw at the surge rate, keep each draw with the share of it the hour actually has.
            while (maxRate > 0)
            {
                t += -Math.Log(1 - random.NextDouble()) / maxRate;
                if (t >= settings.Duration.TotalHours)
                {
                    break;
                }
                var at = TimeSpan.FromHours(t);
                if (random.NextDouble() > RateFactor(settings, at) / Math.Max(1, settings.Surge))
                {
                    continue;
                }
                list.Add(MakeVehicle(random, code, airport, at, ++count));
            }
            if (airport && count == 0)
            {
                var at = settings.Surge > 1 ? settings.SurgeAt + settings.SurgeWindow / 2 : settings.Duration / 3;
                list.Add(MakeVehicle(random, code, airport, at, 1));
            }
        }
        return list.OrderBy(v => v.At).ToList();
    }

    private static double RateFactor(SimulationSettings settings, TimeSpan at) =>
        settings.Surge > 1 && at >= settings.SurgeAt && at < settings.SurgeAt + settings.SurgeWindow ? settings.Surge : 1;

    private static Vehicle MakeVehicle(Random random, string code, bool airport, TimeSpan at, int number)
    {
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
}
