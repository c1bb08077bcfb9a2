namespace Reception.Bench.Simulation;

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
    IReadOnlyList<string> Errors,
    int VulnerableDeclined,
    int OthersDeclined)
{
    /// <summary>Vulnerable people's 90th-percentile time to first service as a share of everyone else's (target: at most a third).</summary>
    public double VulnerableToOthersP90 => OthersFirstServiceP90Min > 0 ? Math.Round(VulnerableFirstServiceP90Min / OthersFirstServiceP90Min, 2) : double.NaN;
}

/// <summary>When a point's alert first reached <c>surge</c> (or higher) and when its present people first reached its beds.</summary>
public sealed record AlertLead(string Point, int Beds, double? SurgeAtMin, double? CriticalAtMin, double? CapacityExceededAtMin, double? LeadMinutes, int PeakPresent);
