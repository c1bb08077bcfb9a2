using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Reception.Bench;

/// <summary>One measured stretch of load: acknowledged commands, their latencies and what the processes spent.</summary>
public sealed record PhaseResult(
    string Name,
    int Concurrency,
    double TargetRate,
    int Ok,
    int Errors,
    double Seconds,
    double Rate,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double HostCpuSeconds,
    double PostgresCpuSeconds,
    double BenchCpuSeconds,
    double MachineCpuSeconds,
    double HostPeakRssMb,
    long Retries)
{
    public double HostCpuMsPerOp => Ok == 0 ? double.NaN : HostCpuSeconds * 1000 / Ok;

    public double PostgresCpuMsPerOp => Ok == 0 ? double.NaN : PostgresCpuSeconds * 1000 / Ok;
}

/// <summary>
/// Sends arrivals: closed loop (N clients back to back, for throughput) or open loop (a fixed rate, latency counted
/// from the moment each request was due, so a slow server cannot hide its queueing).
/// </summary>
public sealed class Load
{
    private readonly ReceptionClient _client;
    private readonly int _hostPid;
    private readonly byte[][] _bodies;
    private long _next;
    private double _peakRss;

    public Load(ReceptionClient client, int hostPid, int seed = 7)
    {
        _client = client;
        _hostPid = hostPid;
        var population = new Population(seed);
        var today = DateOnly.FromDateTime(DateTime.Now);
        _bodies = Enumerable.Range(0, 4096)
            .Select(_ => JsonSerializer.SerializeToUtf8Bytes(population.Single(today).ArrivalBody(null, null, "bus"), ReceptionClient.Json))
            .ToArray();
        _ = Task.Run(SampleMemoryAsync);
    }

    public double AverageBodyBytes => _bodies.Average(b => b.Length);

    public double LifetimePeakRssMb => HostProbe.MemoryMb(_hostPid, "VmHWM");

    private async Task SampleMemoryAsync()
    {
        while (true)
        {
            var rss = HostProbe.MemoryMb(_hostPid);
            if (!double.IsNaN(rss) && rss > _peakRss)
            {
                _peakRss = rss;
            }
            await Task.Delay(200);
        }
    }

    /// <summary>Registers one arrival at a point; returns the case id, or null when it was not acknowledged.</summary>
    public async Task<(string? CaseId, double Ms)> ArriveAsync(string point, CancellationToken cancel = default)
    {
        var body = _bodies[Interlocked.Increment(ref _next) % _bodies.Length];
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await _client.SendWithRetryAsync($"manager-{point}", HttpMethod.Post, $"api/points/{point}/arrivals", body, Guid.NewGuid().ToString("N"), attempts: 3, cancel: cancel);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return response.Status == System.Net.HttpStatusCode.Created ? (response.ReadString("caseId"), ms) : (null, ms);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return (null, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public async Task<bool> DepartAsync(string point, string caseId)
    {
        try
        {
            var response = await _client.SendWithRetryAsync($"manager-{point}", HttpMethod.Post, $"api/returnees/{caseId}/departure", new { destinationState = "Michoacán", transport = "bus" }, attempts: 3);
            if (response.Status == System.Net.HttpStatusCode.Conflict && response.Text().Contains("custodyHandoverMissing", StringComparison.Ordinal)
                && await Simulation.Departures.HandOverAsync(_client, $"manager-{point}", caseId, CancellationToken.None))
            {
                // An unaccompanied minor (about one arrival in ten) leaves only after the handover to child protection.
                response = await _client.SendWithRetryAsync($"manager-{point}", HttpMethod.Post, $"api/returnees/{caseId}/departure", new { destinationState = "Michoacán", transport = "bus" }, attempts: 3);
            }
            return response.Ok;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary><paramref name="concurrency"/> clients, each sending its next command as soon as the last one is answered.</summary>
    public async Task<PhaseResult> ClosedLoopAsync(string name, IReadOnlyList<string> points, int concurrency, TimeSpan duration, int? maxOps = null,
        Func<string, Task<double?>>? afterArrival = null, ConcurrentQueue<string>? sink = null)
    {
        var latencies = new ConcurrentBag<double>();
        var ok = 0;
        var errors = 0;
        var issued = 0;
        var retries = _client.Retries;
        var before = Begin();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var i = w;
            while (clock.Elapsed < duration && (maxOps is null || Interlocked.Increment(ref issued) <= maxOps))
            {
                var point = points[i++ % points.Count];
                var (caseId, ms) = await ArriveAsync(point);
                if (caseId is null)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }
                latencies.Add(ms);
                Interlocked.Increment(ref ok);
                sink?.Enqueue(caseId);
                if (afterArrival is not null)
                {
                    await afterArrival(point);
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        return End(name, concurrency, double.NaN, ok, errors, clock.Elapsed.TotalSeconds, latencies, before, retries);
    }

    /// <summary>Arrivals at a fixed rate; latency counts from when each was due.</summary>
    public async Task<PhaseResult> OpenLoopAsync(string name, IReadOnlyList<string> points, double rate, TimeSpan duration, int maxInFlight = 512)
    {
        var latencies = new ConcurrentBag<double>();
        var ok = 0;
        var errors = 0;
        var retries = _client.Retries;
        var before = Begin();
        var inflight = new List<Task>();
        var gate = new SemaphoreSlim(maxInFlight);
        var clock = Stopwatch.StartNew();
        long sent = 0;
        while (clock.Elapsed < duration)
        {
            var due = (long)(clock.Elapsed.TotalSeconds * rate);
            for (; sent < due; sent++)
            {
                var dueAt = sent / rate;
                var point = points[(int)(sent % points.Count)];
                inflight.Add(Task.Run(async () =>
                {
                    await gate.WaitAsync();
                    try
                    {
                        var (caseId, _) = await ArriveAsync(point);
                        var ms = (clock.Elapsed.TotalSeconds - dueAt) * 1000;
                        if (caseId is null)
                        {
                            Interlocked.Increment(ref errors);
                        }
                        else
                        {
                            latencies.Add(ms);
                            Interlocked.Increment(ref ok);
                        }
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
            }
            await Task.Delay(1);
        }
        await Task.WhenAll(inflight);
        return End(name, 0, rate, ok, errors, clock.Elapsed.TotalSeconds, latencies, before, retries);
    }

    public (HostProbe.CpuSample Cpu, double Rss) Begin()
    {
        _peakRss = HostProbe.MemoryMb(_hostPid);
        return (HostProbe.Sample(_hostPid), _peakRss);
    }

    public PhaseResult End(string name, int concurrency, double target, int ok, int errors, double seconds, IReadOnlyCollection<double> latencies,
        (HostProbe.CpuSample Cpu, double Rss) before, long retriesBefore)
    {
        var after = HostProbe.Sample(_hostPid);
        var list = latencies.ToList();
        return new PhaseResult(name, concurrency, target, ok, errors, Math.Round(seconds, 2), Math.Round(ok / seconds, 1),
            Stats.Round(Stats.Percentile(list, 50), 2), Stats.Round(Stats.Percentile(list, 95), 2), Stats.Round(Stats.Percentile(list, 99), 2),
            Math.Round(after.Host - before.Cpu.Host, 2), Math.Round(after.Postgres - before.Cpu.Postgres, 2), Math.Round(after.Bench - before.Cpu.Bench, 2),
            Math.Round(after.Total - before.Cpu.Total, 2), Math.Round(Math.Max(_peakRss, before.Rss), 1), _client.Retries - retriesBefore);
    }
}
