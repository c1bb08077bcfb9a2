namespace Reception.Bench.Run;

/// <summary>How wide and how long the phases run: <c>--smoke</c>, <c>--quick</c> or full, each figure overridable by its option.</summary>
internal sealed record RunProfile(
    string Name,
    IReadOnlyList<int> Levels,
    TimeSpan RepSeconds,
    int Reps,
    IReadOnlyList<int> ScaleTargets,
    TimeSpan ScaleBudget,
    long Records,
    TimeSpan RecordsBudget)
{
    public static RunProfile From(Options options)
    {
        var name = options.Has("smoke") ? "smoke" : options.Has("quick") ? "quick" : "full";
        return new RunProfile(
            name,
            options.Ints("levels", name switch { "smoke" => [8], "quick" => [8, 32, 64], _ => [4, 8, 16, 32, 64] }),
            TimeSpan.FromSeconds(options.Double("rep-seconds", name switch { "smoke" => 2, "quick" => 3, _ => 5 })),
            options.Int("reps", name switch { "smoke" => 1, "quick" => 2, _ => 3 }),
            options.Ints("scale-targets", name switch { "smoke" => [100], "quick" => [100, 1000, 10000], _ => [100, 1000, 10000, 100000] }),
            TimeSpan.FromSeconds(options.Double("scale-budget", name == "full" ? 120 : 45)),
            (long)options.Double("records", name switch { "smoke" => 0, "quick" => 0, _ => 1_000_000 }),
            TimeSpan.FromSeconds(options.Double("records-budget", 90)));
    }
}
