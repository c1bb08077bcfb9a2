using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reception.Bench.Run;

/// <summary>
/// <c>bench failover</c>: clients send keyed arrivals back to back through the API while one silo is ended with
/// SIGKILL or SIGTERM; reports each client's stall (from the signal to its first <c>201</c> after it) and every keyed
/// request that did not end in a <c>201</c> after the API's own retries. The client does not retry a failure: a
/// failure counts. <c>bench/run.sh --failover</c> starts the silos, the API and PostgreSQL.
/// </summary>
public sealed class FailoverStall(ReceptionClient client, Options options, TextWriter log)
{
    /// <summary>What one run measured.</summary>
    public sealed record Result(string Signal, int Clients, int Acknowledged, int Failed, double WorstStallSeconds, double MedianStallSeconds, IReadOnlyList<string> FailureStatuses);

    public async Task<Result> RunAsync()
    {
        var pid = options.Int("silo-pid", 0);
        if (pid <= 0)
        {
            throw new ArgumentException("bench failover needs --silo-pid <the silo process to signal>");
        }
        var signal = options.String("signal", "kill");
        var clients = options.Int("clients", 16);
        var point = options.String("point", "TIJ");
        var warmup = options.Duration("warmup", TimeSpan.FromSeconds(5));
        var after = options.Duration("after", TimeSpan.FromSeconds(15));

        var token = await client.TokenAsync($"manager-{point}");
        var signalled = new TaskCompletionSource<DateTime>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stalls = new double[clients];
        var acknowledged = 0;
        var warmClients = 0;
        var failures = new List<string>();
        using var stop = new CancellationTokenSource();

        async Task ClientAsync(int index)
        {
            var firstAfter = (DateTime?)null;
            var warm = false;
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"api/points/{point}/arrivals")
                {
                    Content = JsonContent.Create(new { givenNames = $"Persona {Letters(index)}", surnames = $"Prueba {Letters(n)}", sex = "female", estimatedAge = 30 }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.Add("Idempotency-Key", $"failover-{signal}-{Environment.ProcessId}-{index}-{n}");
                int status;
                try
                {
                    using var response = await client.Http.SendAsync(request);
                    status = (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    status = 0;
                }
                var now = DateTime.UtcNow;
                if (status == 201)
                {
                    Interlocked.Increment(ref acknowledged);
                    if (!warm)
                    {
                        warm = true;
                        Interlocked.Increment(ref warmClients);
                    }
                    if (firstAfter is null && signalled.Task.IsCompleted)
                    {
                        firstAfter = now;
                        stalls[index] = (now - signalled.Task.Result).TotalSeconds;
                    }
                }
                else
                {
                    lock (failures)
                    {
                        failures.Add(status.ToString(CultureInfo.InvariantCulture));
                    }
                }
            }
            if (firstAfter is null)
            {
                stalls[index] = double.PositiveInfinity;
            }
        }

        var running = Enumerable.Range(0, clients).Select(i => Task.Run(() => ClientAsync(i))).ToArray();
        // Every client has had an answer before the signal, so the stall measured is the failover's, not a cold start's.
        var warming = Stopwatch.StartNew();
        while (Volatile.Read(ref warmClients) < clients && warming.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(100);
        }
        await Task.Delay(warmup);
        log.WriteLine($"failover: {acknowledged} arrivals acknowledged in the warm-up; sending SIG{signal.ToUpperInvariant()} to silo {pid}");
        signalled.SetResult(DateTime.UtcNow);
        using (var kill = Process.Start("kill", [signal == "term" ? "-TERM" : "-KILL", pid.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        await Task.Delay(after);
        stop.Cancel();
        await Task.WhenAll(running);

        var sorted = stalls.Order().ToArray();
        return new Result(signal, clients, acknowledged, failures.Count, sorted[^1], sorted[sorted.Length / 2], [.. failures.Distinct()]);
    }

    // Names take letters, not digits: 0 → A, 27 → AB.
    private static string Letters(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letters(index / 26 - 1) + (char)('A' + index % 26);

    public static string Report(Result result) =>
        $"SIG{result.Signal.ToUpperInvariant()}: {result.Clients} clients, worst stall {result.WorstStallSeconds:F2} s, median {result.MedianStallSeconds:F2} s, " +
        $"{result.Acknowledged} acknowledged, {result.Failed} failed keyed requests{(result.Failed > 0 ? $" (statuses {string.Join(", ", result.FailureStatuses)})" : "")}";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Json(Result result) => JsonSerializer.Serialize(result, JsonOptions);
}
