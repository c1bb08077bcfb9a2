namespace Reception.Bench.Run;

/// <summary>How the whole machine's busy CPU divided between the host, PostgreSQL, the bench client and the rest.</summary>
public sealed record CpuSplit(double HostShare, double PostgresShare, double BenchShare, double OtherShare, double MachineBusyCoreSeconds, IReadOnlyDictionary<string, double> HostThreads)
{
    /// <summary>The split over the given stretches of load, with the host's busiest threads.</summary>
    public static CpuSplit Of(IReadOnlyList<PhaseResult> phases, int pid)
    {
        var machine = phases.Sum(p => p.MachineCpuSeconds);
        if (machine <= 0)
        {
            return new CpuSplit(double.NaN, double.NaN, double.NaN, double.NaN, machine, new Dictionary<string, double>());
        }
        var host = phases.Sum(p => p.HostCpuSeconds);
        var pg = phases.Sum(p => p.PostgresCpuSeconds);
        var bench = phases.Sum(p => p.BenchCpuSeconds);
        var threads = HostProbe.ThreadCpu(pid).OrderByDescending(t => t.Value).Take(8).ToDictionary(t => t.Key, t => Math.Round(t.Value, 1));
        return new CpuSplit(Math.Round(host / machine, 3), Math.Round(pg / machine, 3), Math.Round(bench / machine, 3), Math.Round(Math.Max(0, machine - host - pg - bench) / machine, 3), Math.Round(machine, 1), threads);
    }
}
