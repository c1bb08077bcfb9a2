using System.Net.Http.Headers;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;
using Bodies = Reception.Tests.Api.Workflow;

namespace Reception.Tests.Failover;

/// <summary>
/// Issue #12: a silo that stops (a rolling restart's SIGTERM) or dies (SIGKILL) during a burst of keyed arrivals
/// through the external API: a keyed request meets a delay, never a lost acknowledgement or a <c>500</c>; a request
/// without a key while no silo answers gets a <c>503</c> problem with <c>Retry-After</c>.
/// </summary>
public sealed class SiloFailoverTests
{
    private const string Point = "TIJ";

    [Fact]
    public async Task A_silo_stopped_during_a_burst_fails_no_keyed_request()
    {
        await using var cluster = await FailoverCluster.StartAsync("failover_term");
        var burst = new KeyedBurst(cluster.BaseUrl, Point, count: 300, concurrency: 8);
        var running = burst.RunAsync(TimeSpan.FromMinutes(3));
        await burst.WaitForAcknowledgedAsync(60);

        await cluster.SiloA.StopAsync();
        await running;

        Assert.Empty(burst.Failures);
        Assert.Equal(burst.Keys.Order(), burst.Acknowledged.Keys.Order());
        await AssertReadBackAsync(cluster.BaseUrl, burst);

        // With no silo left, a command without a key is not repeated: it is refused at once as a passing outage.
        await cluster.SiloB.StopAsync();
        using var manager = await ManagerAsync(cluster.BaseUrl);
        manager.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var (response, problem) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Bodies.Adult("Sin Clave"));
        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a Retry-After in seconds");
        Assert.Equal("clusterUnavailable", problem.Text("code"));
        Assert.Equal(503, problem.Int("status"));
        Assert.StartsWith("A cluster server does not answer", problem.Text("detail"));
    }

    [Fact]
    public async Task A_silo_killed_during_a_burst_loses_no_acknowledged_arrival()
    {
        await using var cluster = await FailoverCluster.StartAsync("failover_kill");
        var burst = new KeyedBurst(cluster.BaseUrl, Point, count: 500, concurrency: 8);
        var running = burst.RunAsync(TimeSpan.FromMinutes(3));
        await burst.WaitForAcknowledgedAsync(100);

        cluster.SiloA.Kill();
        await running;

        Assert.DoesNotContain(burst.Failures, f => f.Status != 503);
        Assert.Equal(burst.Keys.Order(), burst.Acknowledged.Keys.Order());
        await AssertReadBackAsync(cluster.BaseUrl, burst);
        Assert.False(cluster.SiloB.HasExited);
    }

    private static async Task AssertReadBackAsync(string baseUrl, KeyedBurst burst)
    {
        using var coordinator = new HttpClient { BaseAddress = new Uri(baseUrl) };
        coordinator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.TokenAsync(baseUrl, "coordinator"));
        foreach (var (key, caseId) in burst.Acknowledged)
        {
            var (response, record) = await coordinator.GetJsonAsync($"/api/returnees/{caseId}");
            Assert.True(200 == (int)response.StatusCode, $"{key} → {caseId}: {(int)response.StatusCode} {record}");
            Assert.Equal(Point, record.Text("pointCode"));
        }
    }

    private static async Task<HttpClient> ManagerAsync(string baseUrl)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.TokenAsync(baseUrl, $"manager-{Point}"));
        return http;
    }
}
