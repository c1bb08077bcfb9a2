using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;
using Bodies = Reception.Tests.Api.Workflow;

namespace Reception.Tests.Failover;

/// <summary>
/// A burst of arrivals at one point, each with its own <c>Idempotency-Key</c>, sent by a few concurrent clients that
/// behave like a careful intake desk: on a <c>503</c>, a <c>500</c> or no answer at all they send the same request again
/// (same key, same body) until it is acknowledged. It records every answer that was not a <c>201</c>.
/// </summary>
public sealed class KeyedBurst(string baseUrl, string point, int count, int concurrency)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);
    private readonly ConcurrentQueue<(string Key, int Status, string Body)> _failures = new();
    private int _nextIndex = -1;

    /// <summary>The acknowledged arrivals: the idempotency key and the case id of its <c>201</c>.</summary>
    public ConcurrentDictionary<string, string> Acknowledged { get; } = new();

    /// <summary>Every answer that was not a <c>201</c>, in order: the key, the status, the body.</summary>
    public IReadOnlyList<(string Key, int Status, string Body)> Failures => [.. _failures];

    private int _unanswered;

    /// <summary>How many requests found no API to answer (the host was down).</summary>
    public int Unanswered => Volatile.Read(ref _unanswered);

    public IReadOnlyList<string> Keys { get; } = [.. Enumerable.Range(0, count).Select(i => $"burst-{Guid.NewGuid():N}-{i}")];

    private Task? _running;

    /// <summary>Sends every arrival until each is acknowledged or <paramref name="budget"/> runs out.</summary>
    public Task RunAsync(TimeSpan budget) => _running = SendAllAsync(budget);

    private async Task SendAllAsync(TimeSpan budget)
    {
        using var deadline = new CancellationTokenSource(budget);
        var token = await SignIn.TokenAsync(baseUrl, $"manager-{point}");
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkAsync(http, deadline.Token))));
    }

    /// <summary>Waits until at least <paramref name="acknowledged"/> arrivals have their <c>201</c>.</summary>
    public Task WaitForAcknowledgedAsync(int acknowledged) =>
        Eventually.WaitUntilAsync(async () =>
        {
            if (_running is { IsCompleted: true })
            {
                await _running; // a burst that failed says why
            }
            return Acknowledged.Count >= acknowledged;
        }, $"{acknowledged} acknowledged arrivals");

    // Names take letters, not digits: 0 → A, 27 → AB.
    private static string Letters(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letters(index / 26 - 1) + (char)('A' + index % 26);

    private async Task WorkAsync(HttpClient http, CancellationToken deadline)
    {
        for (var index = Interlocked.Increment(ref _nextIndex); index < Keys.Count; index = Interlocked.Increment(ref _nextIndex))
        {
            var key = Keys[index];
            while (!Acknowledged.ContainsKey(key))
            {
                deadline.ThrowIfCancellationRequested();
                try
                {
                    var (response, body) = await http.PostJsonAsync($"/api/points/{point}/arrivals", Bodies.Adult($"Persona {Letters(index)}", "Ráfaga Prueba"), key);
                    var status = (int)response.StatusCode;
                    if (status == 201)
                    {
                        Acknowledged[key] = body.Text("caseId");
                        continue;
                    }
                    _failures.Enqueue((key, status, body.ValueKind == JsonValueKind.Undefined ? "" : body.ToString()));
                    if (status is not (500 or 502 or 503 or 504))
                    {
                        throw new InvalidOperationException($"arrival {key} was refused with {status}: {body}");
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref _unanswered);
                }
                catch (TaskCanceledException) when (!deadline.IsCancellationRequested)
                {
                    Interlocked.Increment(ref _unanswered);
                }
                await Task.Delay(Pause, deadline);
            }
        }
    }
}
