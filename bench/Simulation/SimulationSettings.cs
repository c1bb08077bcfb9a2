namespace Reception.Bench.Simulation;

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
