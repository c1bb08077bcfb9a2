using System.Net.Http.Headers;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Failover;

/// <summary>
/// Issue #12: PostgreSQL restarted during a burst of keyed arrivals. The host recovers by itself, requests during the
/// outage get <c>503</c> problems (never <c>500</c>), <c>/health</c> reports the outage and the recovery, and every
/// acknowledged arrival is there afterwards. The test has a PostgreSQL server of its own: restarting the shared one
/// would fail other tests.
/// </summary>
public sealed class StorageOutageTests
{
    private const string Point = "TIJ";

    [Fact]
    public async Task A_postgres_restart_during_a_burst_loses_nothing_and_health_follows_it()
    {
        using var server = PostgresServer.StartDedicated();
        var connectionString = server.CreateDatabase("outage");
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApiOnPostgres(connectionString, ReceptionHosts.NewDataFolder(), ports,
            new Dictionary<string, string> { ["Reception__SeedDemoData"] = "true", ["Reception__Auth__CommandsPerMinute"] = "1000000" });
        await host.WaitUntilReadyAsync();
        using var probe = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };
        Assert.Equal(200, await HealthAsync(probe));

        var burst = new KeyedBurst(ports.BaseUrl, Point, count: 300, concurrency: 6);
        var running = burst.RunAsync(TimeSpan.FromMinutes(3));
        await burst.WaitForAcknowledgedAsync(50);

        server.Stop();
        await Eventually.WaitUntilAsync(async () => await HealthAsync(probe) == 503, "/health to report the outage");
        server.StartAgain();
        await Eventually.WaitUntilAsync(async () => await HealthAsync(probe) == 200, "/health to report the recovery");
        await running;

        Assert.DoesNotContain(burst.Failures, f => f.Status != 503);
        Assert.All(burst.Failures, f => Assert.Contains("Unavailable", f.Body));
        Assert.Equal(burst.Keys.Order(), burst.Acknowledged.Keys.Order());
        Assert.False(host.HasExited);

        using var coordinator = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };
        coordinator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.TokenAsync(ports.BaseUrl, "coordinator"));
        foreach (var (key, caseId) in burst.Acknowledged)
        {
            var (response, record) = await coordinator.GetJsonAsync($"/api/returnees/{caseId}");
            Assert.True(200 == (int)response.StatusCode, $"{key} → {caseId}: {(int)response.StatusCode} {record}");
        }
    }

    private static async Task<int> HealthAsync(HttpClient probe)
    {
        try
        {
            using var response = await probe.GetAsync("/health");
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
