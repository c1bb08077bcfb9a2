using System.Collections.Concurrent;

namespace Reception.Bench.Simulation;

/// <summary>
/// What the parts of one simulation share: the API client, the settings, the people drawn, the clock, the program
/// catalog, the cases registered so far and the errors seen.
/// </summary>
internal sealed class SimulationContext(ReceptionClient client, SimulationSettings settings, TextWriter log, IReadOnlyDictionary<string, string> programCategories)
{
    public const string Coordinator = "coordinator";

    private readonly ConcurrentQueue<string> _errors = new();

    public ReceptionClient Client => client;

    public SimulationSettings Settings => settings;

    public Population Population { get; } = new(settings.Seed);

    public SimClock Clock { get; } = new(settings.Speed);

    public ConcurrentDictionary<string, SimCase> Cases { get; } = new();

    public IEnumerable<string> Errors => _errors;

    public static string Manager(string point) => $"manager-{point}";

    public bool IsChildProtection(string programId) => programCategories.GetValueOrDefault(programId) == "childProtection";

    /// <summary>A simulated duration drawn uniformly between two numbers of minutes.</summary>
    public TimeSpan Minutes(double min, double max) => TimeSpan.FromMinutes(min + Population.NextDouble() * (max - min));

    public void Error(string message)
    {
        if (_errors.Count < 1000)
        {
            _errors.Enqueue(message);
        }
        if (!settings.Quiet)
        {
            log.WriteLine($"  ! {message}");
        }
    }

    public void Say(string message) => log.WriteLine($"[simulate] {message}");
}
