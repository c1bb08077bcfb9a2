using System.Net.Http.Headers;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Failover;

/// <summary>
/// Issue #12: the single embedded host (SQLite) killed during a burst of keyed arrivals and started again on the same
/// data. The clients send what had no answer again with the same key, so every arrival ends acknowledged; each is
/// there, and the point counts exactly those arrivals.
/// </summary>
public sealed class EmbeddedCrashTests
{
    private const string Point = "TIJ";

    [Fact]
    public async Task A_killed_embedded_host_keeps_every_acknowledged_arrival_and_its_counts()
    {
        var dataPath = ReceptionHosts.NewDataFolder();
        var ports = ReceptionHosts.Ports.Free();
        var settings = new Dictionary<string, string> { ["Reception__Auth__CommandsPerMinute"] = "1000000" };
        var first = ReceptionHosts.StartEmbeddedApi(dataPath, ports, settings);
        await first.WaitUntilReadyAsync();
        var before = await PointAsync(ports.BaseUrl);

        var burst = new KeyedBurst(ports.BaseUrl, Point, count: 300, concurrency: 8);
        var running = burst.RunAsync(TimeSpan.FromMinutes(3));
        await burst.WaitForAcknowledgedAsync(100);
        first.Kill();
        await first.DisposeAsync();

        await using var second = ReceptionHosts.StartEmbeddedApi(dataPath, ports, settings);
        await second.WaitUntilReadyAsync();
        await running;

        Assert.DoesNotContain(burst.Failures, f => f.Status != 503);
        Assert.Equal(burst.Keys.Order(), burst.Acknowledged.Keys.Order());
        var after = await PointAsync(ports.BaseUrl);
        Assert.Equal(before.Present + burst.Keys.Count, after.Present);
        Assert.Equal(before.ArrivedToday + burst.Keys.Count, after.ArrivedToday);

        using var coordinator = await CoordinatorAsync(ports.BaseUrl);
        foreach (var (key, caseId) in burst.Acknowledged)
        {
            var (response, record) = await coordinator.GetJsonAsync($"/api/returnees/{caseId}");
            Assert.True(200 == (int)response.StatusCode, $"{key} → {caseId}: {(int)response.StatusCode} {record}");
        }
    }

    private static async Task<(int Present, int ArrivedToday)> PointAsync(string baseUrl)
    {
        using var coordinator = await CoordinatorAsync(baseUrl);
        var (_, point) = await coordinator.GetJsonAsync($"/api/points/{Point}");
        return (point.Int("present"), point.Int("arrivedToday"));
    }

    private static async Task<HttpClient> CoordinatorAsync(string baseUrl)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.TokenAsync(baseUrl, "coordinator"));
        return http;
    }
}
