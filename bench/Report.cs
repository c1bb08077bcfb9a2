using System.Globalization;
using System.Text;
using Reception.Bench.Run;
using Reception.Bench.Simulation;

namespace Reception.Bench;

/// <summary>The results as a Markdown table (printed, and pasted into the README).</summary>
public static class Report
{
    private static string F(double v, string format = "0.0") => double.IsNaN(v) ? "–" : v.ToString(format, CultureInfo.InvariantCulture);

    private static string F(double? v, string format = "0.0") => v is { } x ? F(x, format) : "–";

    public static string Table(BenchResult r)
    {
        var s = new StringBuilder();
        var m = r.Machine;
        var pgText = m.TryGetValue("postgres", out var pg) && pg is not null ? FormattableString.Invariant($", PostgreSQL {pg}") : "";
        var title = FormattableString.Invariant($"Reception benchmark — {r.Mode}, {r.Profile}, {r.Date:yyyy-MM-dd HH:mm zzz}; {m["cores"]} cores ({m["cpu"]}), {m["memoryMb"]} MB, {m["os"]}, {m["dotnet"]}, Orleans {m["orleans"]}")
            + pgText + FormattableString.Invariant($"; {r.TotalArrivals:N0} arrivals in {r.WallSeconds:0} s");
        s.AppendLine(title);
        s.AppendLine();
        s.AppendLine("| measure | value |");
        s.AppendLine("|---|---|");
        var ceilingRate = r.Ceiling?.InsertsPerSecond ?? double.NaN;
        string OfCeiling(double rate) => double.IsNaN(ceilingRate) ? "–" : F(rate / ceilingRate * 100, "0") + "%";
        s.AppendLine(CultureInfo.InvariantCulture, $"| sustained arrivals/s (each a 201; median of repetitions, best level) | **{F(r.SustainedArrivalsPerSecond, "0")}** at {r.BestConcurrency} clients ({OfCeiling(r.SustainedArrivalsPerSecond)} of the ceiling) |");
        foreach (var l in r.Latency)
        {
            var level = l.Fixed ? $"fixed {F(l.TargetRate, "0")}/s ({l.Share:P0} of max, {OfCeiling(l.TargetRate)} of the ceiling)" : $"{l.Share:P0} of max ({F(l.TargetRate, "0")}/s, {OfCeiling(l.TargetRate)} of the ceiling)";
            var value = l.Skipped ? "skipped: above the measured maximum" : $"{F(l.P50Ms)} / {F(l.P95Ms)} / **{F(l.P99Ms)}** ms";
            s.AppendLine(CultureInfo.InvariantCulture, $"| command latency at {level}, open loop, p50 / p95 / p99 | {value} |");
        }
        if (r.FeedLag is { } lag)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"| live-feed lag (201 → pointUpdated including it) p50 / p99 | {F(lag.P50Ms, "0")} / **{F(lag.P99Ms, "0")}** ms ({lag.Samples} probes, {lag.Missed} missed) |");
        }
        s.AppendLine(CultureInfo.InvariantCulture, $"| server CPU per 1,000 arrivals (host process; PostgreSQL) | {F(r.HostCpuSecondsPer1000, "0.00")} s; {F(r.PostgresCpuSecondsPer1000, "0.00")} s |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| host peak memory (VmHWM); RSS growth per 1,000 arrivals | {F(r.HostPeakRssMb, "0")} MB; {F(r.HostRssGrowthMbPer1000, "0.00")} MB |");
        if (r.Split is { } split)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"| CPU split at max rate (host API+silo / PostgreSQL / bench client / other) | {split.HostShare:P0} / {split.PostgresShare:P0} / {split.BenchShare:P0} / {split.OtherShare:P0} of {split.MachineBusyCoreSeconds:0.#} busy core-s |");
        }
        if (r.Writes is { } w)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"| per arrival: write transactions; commits (all transactions) | **{F(w.WriteTransactionsPerArrival, "0.00")}**; {F(w.CommitsPerArrival, "0.00")} |");
            s.AppendLine(CultureInfo.InvariantCulture, $"| per arrival: rows inserted + updated | {F(w.RowsPerArrival, "0.00")} ({string.Join(", ", w.RowsPerArrivalByTable.Select(kv => $"{kv.Key} {F(kv.Value, "0.00")}"))}) |");
        }
        if (r.Ceiling is { } c)
        {
            var engine = c.Engine == "sqlite" ? $"SQLite {c.ServerVersion}: single-row inserts+commits/s" : "PostgreSQL: single-row inserts/s";
            s.AppendLine(CultureInfo.InvariantCulture, $"| ceiling, {engine} of {c.PayloadBytes} B at {c.Concurrency} clients | {F(c.InsertsPerSecond, "0")} (p50 {F(c.P50Ms)} ms, p99 {F(c.P99Ms)} ms; Reception = **{OfCeiling(r.SustainedArrivalsPerSecond)}** of it) |");
        }
        if (r.StateGrowth is { } g)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"| stored state of a case (reception_case length(state), version) before → after {g.Reads:N0} reads | **{g.StateBytesBefore} B → {g.StateBytesAfter} B**; v{g.VersionBefore} → v{g.VersionAfter}; {g.EventsAfter} events; response {g.ResponseBytesBefore} → {g.ResponseBytesAfter} B; read p50 / p99 {F(g.ReadP50Ms)} / {F(g.ReadP99Ms)} ms |");
        }
        s.AppendLine();
        s.AppendLine("| clients | arrivals/s | of the ceiling | p50 ms | p99 ms | errors | host CPU ms/arrival | PostgreSQL CPU ms/arrival | bench CPU ms/arrival |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var l in r.Ramp)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"| {l.Concurrency} | {F(l.MedianRate, "0")} | {OfCeiling(l.MedianRate)} | {F(l.P50Ms)} | {F(l.P99Ms)} | {l.Errors} | {F(l.HostCpuMsPerArrival, "0.00")} | {F(l.PostgresCpuMsPerArrival, "0.00")} | {F(l.BenchCpuMsPerArrival, "0.00")} |");
        }
        if (r.Scaling.Count > 0)
        {
            var first = r.Scaling[0];
            s.AppendLine();
            s.AppendLine(CultureInfo.InvariantCulture, $"| people present at one point | arrival p50 / p99 ms | arrival+departure pairs/s | of the ceiling | host CPU ms per pair | PostgreSQL CPU ms per pair | fill rate/s | vs {first.Present:N0} present: pairs/s, host CPU, p50 |");
            s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var p in r.Scaling)
            {
                s.AppendLine(CultureInfo.InvariantCulture, $"| {p.Present:N0} | {F(p.ArrivalP50Ms)} / {F(p.ArrivalP99Ms)} | {F(p.PairsPerSecond, "0")} | {OfCeiling(p.PairsPerSecond)} | {F(p.HostCpuMsPerPair, "0.00")} | {F(p.PostgresCpuMsPerPair, "0.00")} | {F(p.FillRate, "0")} | ×{F(p.PairsPerSecond / first.PairsPerSecond, "0.00")}, ×{F(p.HostCpuMsPerPair / first.HostCpuMsPerPair, "0.00")}, ×{F(p.ArrivalP50Ms / first.ArrivalP50Ms, "0.00")} |");
            }
            var last = r.Scaling[^1];
            if (r.Scaling.Count > 1)
            {
                s.AppendLine();
                s.AppendLine(CultureInfo.InvariantCulture, $"Cost at {last.Present:N0} present vs {first.Present:N0}: host CPU ×{F(last.HostCpuMsPerPair / first.HostCpuMsPerPair, "0.00")}, throughput ×{F(first.PairsPerSecond / last.PairsPerSecond, "0.00")} slower, p50 ×{F(last.ArrivalP50Ms / first.ArrivalP50Ms, "0.00")}.");
            }
        }
        if (r.Records is { } rec && r.RecordsBaseline is { } b)
        {
            s.AppendLine();
            s.AppendLine(CultureInfo.InvariantCulture, $"With {rec.Records:N0} case records stored (target {rec.TargetRecords:N0}): {F(rec.Rate, "0")} arrivals/s ({OfCeiling(rec.Rate)} of the ceiling), p50 {F(rec.P50Ms)} ms, p99 {F(rec.P99Ms)} ms, host {F(rec.HostCpuMsPerArrival, "0.00")} ms CPU/arrival — against {F(b.Rate, "0")}/s, p50 {F(b.P50Ms)} ms, {F(b.HostCpuMsPerArrival, "0.00")} ms at {b.Records:N0} records.");
        }
        if (r.Care is { } care)
        {
            s.AppendLine();
            s.Append(Care(care));
        }
        if (r.Notes.Count > 0)
        {
            s.AppendLine();
            foreach (var note in r.Notes)
            {
                s.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            }
        }
        return s.ToString();
    }

    public static string Care(CareReport c)
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"Care under surge ×{c.Surge} ({c.SimulatedHours} simulated h, {c.Vehicles} buses/flights, {c.Notices} notices, {c.Arrivals} arrivals, {c.LostArrivals} lost, {c.Retries} retries):");
        s.AppendLine();
        s.AppendLine("| care measure | value |");
        s.AppendLine("|---|---|");
        s.AppendLine(CultureInfo.InvariantCulture, $"| unaccompanied minors referred to child protection at registration | **{c.UnaccompaniedReferredAtRegistration} / {c.UnaccompaniedMinors}** ({F(c.UnaccompaniedReferredShare * 100, "0.#")}%) |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| time to first service, vulnerable ({c.Vulnerable}, {c.VulnerableServed} served) p50 / p90 | {F(c.VulnerableFirstServiceP50Min)} / **{F(c.VulnerableFirstServiceP90Min)}** min |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| time to first service, everyone else ({c.Others}, {c.OthersServed} served) p50 / p90 | {F(c.OthersFirstServiceP50Min)} / **{F(c.OthersFirstServiceP90Min)}** min |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| vulnerable p90 as a share of everyone else's (target ≤ 0.33) | **{F(c.VulnerableToOthersP90)}** |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| declined consent with no mandatory care: nothing to wait for, not counted above | {c.VulnerableDeclined} vulnerable, {c.OthersDeclined} others |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| people whose stage is unknown | **{c.StageUnknown}** (stages: {string.Join(", ", c.Stages.Select(kv => $"{kv.Key} {kv.Value}"))}) |");
        foreach (var a in c.Alerts)
        {
            var lead = a.LeadMinutes is { } l ? $"**{F(l)} min** before capacity ({a.Beds} beds) was exceeded" : a.CapacityExceededAtMin is null ? $"capacity ({a.Beds} beds) never exceeded, peak {a.PeakPresent}" : "never reached surge before capacity was exceeded";
            s.AppendLine(CultureInfo.InvariantCulture, $"| {a.Point}: alert reached surge at {F(a.SurgeAtMin)} min (critical {F(a.CriticalAtMin)}) | {lead} |");
        }
        foreach (var e in c.Errors.Take(5))
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"| error | {e.Replace("|", "/", StringComparison.Ordinal)} |");
        }
        return s.ToString();
    }
}
