using Reception.Bench.Simulation;

namespace Reception.Bench.Run;

/// <summary>
/// Care under a 5× surge at the care points, with shelter beds set low enough that capacity is exceeded. It runs
/// first, so its points start empty and their alert lead means something.
/// </summary>
internal static class CareUnderSurge
{
    public static async Task<CareReport> RunAsync(RunContext run, Options options, string profile)
    {
        var settings = new SimulationSettings(
            Speed: options.Double("care-speed", profile switch { "smoke" => 600, "quick" => 240, _ => 120 }),
            Duration: TimeSpan.FromHours(profile == "smoke" ? 1 : 3),
            Surge: 5,
            SurgeAt: TimeSpan.FromMinutes(profile == "smoke" ? 5 : 30),
            SurgeWindow: TimeSpan.FromMinutes(profile == "smoke" ? 50 : 120),
            Points: BenchPoints.Care,
            Scale: options.Double("care-scale", 1),
            Beds: options.Int("care-beds", 60),
            Drain: TimeSpan.FromMinutes(profile == "smoke" ? 10 : 60),
            Seed: 11,
            Quiet: true);
        run.Note($"Care: --surge 5 simulation at {string.Join(",", BenchPoints.Care)} for {settings.Duration.TotalHours} h (+{settings.Drain.TotalMinutes} min drain) at ×{settings.Speed} speed, shelter beds set to {settings.Beds} so capacity is exceeded; times are simulated minutes; 'vulnerable' = priority high or urgent as the system triaged them; time to first service = arrival to the first referral a provider accepted (people never served count with the time they had waited at the end), counted for the people with a service to wait for: those who consented at the door (85%) and those referred at registration to care that needs no consent; the others are reported apart.");
        var care = await new Simulator(run.Client, settings, run.Log).RunAsync(CancellationToken.None);
        run.Count(care.Arrivals);
        run.Log.WriteLine($"[run] care: {care.Arrivals} arrivals; unaccompanied minors referred at registration {care.UnaccompaniedReferredAtRegistration}/{care.UnaccompaniedMinors}; first service p50/p90 vulnerable {care.VulnerableFirstServiceP50Min}/{care.VulnerableFirstServiceP90Min} min, others {care.OthersFirstServiceP50Min}/{care.OthersFirstServiceP90Min} min (vulnerable p90 {care.VulnerableToOthersP90}× others'; declined, not counted: {care.VulnerableDeclined} vulnerable, {care.OthersDeclined} others); stage unknown {care.StageUnknown}");
        return care;
    }
}
