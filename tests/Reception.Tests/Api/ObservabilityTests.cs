using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Reception.Tests.Api;

/// <summary>
/// Operators' view of the real API host: the domain metrics on <c>/metrics</c> move during a burst of arrivals,
/// liveness and readiness answer, and the Orleans dashboard is only for coordinators.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ObservabilityTests(ApiHostFixture api)
{
    // A demo point no other API test registers at, so its gauges move only here.
    private const string Point = "PNG";
    private const int Arrivals = 60;

    [Fact]
    public async Task During_a_burst_of_arrivals_the_metrics_count_them_per_point_and_the_queue_gauge_matches_the_point()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        await using var feed = await api.WatchAsync("coordinator");
        var before = await ScrapeAsync();
        var arrivedBefore = Sum(before, "reception_arrivals_total", ("point", Point));
        var refusedBefore = Sum(before, "reception_registrations_refused_total", ("code", "validation"));

        using var gate = new SemaphoreSlim(8);
        var caseIds = await Task.WhenAll(Enumerable.Range(0, Arrivals).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var (response, body) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult("Métrica", $"Ráfaga {(char)('A' + i % 26)}"));
                Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
                return body.Text("caseId");
            }
            finally
            {
                gate.Release();
            }
        }));
        var (refused, problem) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", new { givenNames = "Métrica", surnames = "Rechazada", sex = "male", estimatedAge = 130 });
        HttpJson.AssertProblem(refused, problem, 400);

        // The point's gauges are reported about once a second: wait until they show the burst.
        var (_, detail) = await manager.GetJsonAsync($"/api/points/{Point}");
        var present = detail.Int("present");
        string metrics = "";
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            metrics = await ScrapeAsync();
            if (Sum(metrics, "reception_queue_length", ("point", Point)) == present)
            {
                break;
            }
            await Task.Delay(250);
        }

        Assert.Equal(arrivedBefore + Arrivals, Sum(metrics, "reception_arrivals_total", ("point", Point)));
        Assert.Equal(refusedBefore + 1, Sum(metrics, "reception_registrations_refused_total", ("code", "validation")));
        Assert.True(present >= Arrivals, $"{present} present after {Arrivals} arrivals");
        Assert.Equal(present, Sum(metrics, "reception_queue_length", ("point", Point)));
        Assert.Equal(present, Sum(metrics, "reception_queue_length", ("point", Point), ("stage", "arrived")));
        Assert.Single(Samples(metrics, "reception_alert_level", ("point", Point)));
        Assert.True(Sum(metrics, "reception_queue_oldest_wait_seconds", ("point", Point), ("stage", "arrived")) >= 0);
        Assert.True(Sum(metrics, "reception_storage_write_rows_count") > 0, "incremental storage writes are measured");
        Assert.True(Sum(metrics, "reception_storage_group_commit_size_count") > 0, "group commits are measured");
        // Orleans' own meter, ASP.NET Core's and SignalR's connections are exported beside them.
        Assert.Contains("orleans_", metrics, StringComparison.Ordinal);
        Assert.Contains("signalr_server_active_connections", metrics, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);

        // Nothing about a person: no case id, no name.
        Assert.DoesNotContain(caseIds, id => metrics.Contains(id, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Métrica", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("Ráfaga", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Liveness_and_readiness_answer_and_health_still_reports_storage_and_cluster()
    {
        var live = await HealthAsync("/health/live");
        Assert.Equal("healthy", live.Text("status"));
        Assert.Empty(live.GetProperty("checks").EnumerateObject());

        foreach (var path in new[] { "/health/ready", "/health" })
        {
            var ready = await HealthAsync(path);
            Assert.Equal("healthy", ready.Text("status"));
            Assert.Equal("healthy", ready.GetProperty("checks").GetProperty("storage").Text("status"));
            Assert.Equal("healthy", ready.GetProperty("checks").GetProperty("cluster").Text("status"));
        }
    }

    [Fact]
    public async Task The_Orleans_dashboard_answers_coordinators_and_refuses_managers_providers_and_anonymous_callers()
    {
        var (anonymous, anonymousBody) = await api.Anonymous.GetJsonAsync("/orleans");
        HttpJson.AssertProblem(anonymous, anonymousBody, 401);

        foreach (var user in new[] { $"manager-{Point}", "provider-imss-salud" })
        {
            using var client = await api.ClientAsync(user);
            var (refused, refusedBody) = await client.GetJsonAsync("/orleans/");
            HttpJson.AssertProblem(refused, refusedBody, 403);
            Assert.Equal("roleMayNot", refusedBody.Text("code"));
        }

        using var coordinator = await api.ClientAsync("coordinator");
        // The dashboard's page is under the prefix with a trailing slash (a redirect would drop the token).
        using var page = await coordinator.GetAsync("/orleans/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> HealthAsync(string path)
    {
        using var response = await api.Anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<string> ScrapeAsync()
    {
        using var response = await api.Anonymous.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text;
    }

    private static double Sum(string metrics, string name, params (string Label, string Value)[] labels) =>
        Samples(metrics, name, labels).Sum();

    // The values of the samples of one metric (Prometheus text format) that carry every given label.
    private static List<double> Samples(string metrics, string name, params (string Label, string Value)[] labels) =>
        metrics.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(line => labels.All(l => line.Contains($"{l.Label}=\"{l.Value}\"", StringComparison.Ordinal)))
            .Select(line => double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture))
            .ToList();
}
