using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;
using Bodies = Reception.Tests.Api.Workflow;

namespace Reception.Tests.Durability;

/// <summary>
/// Durable before acknowledged, on the real stores: every arrival, assessment, referral and
/// acceptance acknowledged through the API is still there after the host is killed (SIGKILL, no
/// chance to flush anything) and started again, exactly once in the case's events; and the point's and
/// the program's counts and queues agree with the returnee records they summarise.
/// </summary>
public sealed class AcknowledgedWorkTests
{
    private const string Point = "TIJ";
    private const string Health = "imss-salud";
    private const string ChildProtection = "dif-proteccion-ninez";

    [Fact]
    public Task Sqlite_keeps_every_acknowledged_step_across_a_killed_host()
    {
        var dataPath = ReceptionHosts.NewDataFolder();
        var ports = ReceptionHosts.Ports.Free();
        return AssertWorkSurvivesKillAsync(() => ReceptionHosts.StartEmbeddedApi(dataPath, ports), ports);
    }

    [Fact]
    public Task Postgres_keeps_every_acknowledged_step_across_a_killed_host()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase("durable");
        var dataPath = ReceptionHosts.NewDataFolder();
        var ports = ReceptionHosts.Ports.Free();
        return AssertWorkSurvivesKillAsync(() => ReceptionHosts.StartEmbeddedApiOnPostgres(
            connectionString, dataPath, ports, new Dictionary<string, string> { ["Reception__SeedDemoData"] = "true" }), ports);
    }

    private static async Task AssertWorkSurvivesKillAsync(Func<HostProcess> startHost, ReceptionHosts.Ports ports)
    {
        var adults = new List<string>();
        var minors = new List<string>();
        var referrals = new Dictionary<string, string>();
        var accepted = new HashSet<string>();

        await using (var first = startHost())
        {
            await first.WaitUntilReadyAsync();
            using var manager = await SignInAsync(ports, $"manager-{Point}");
            using var provider = await SignInAsync(ports, $"provider-{Health}");

            // Concurrent arrivals, as at an intake desk during a bus arrival.
            var arrivals = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => manager.PostJsonAsync(
                $"/api/points/{Point}/arrivals",
                i % 6 == 0
                    ? new { givenNames = $"Niño {Letter(i)}", surnames = "Pérez López", sex = "male", estimatedAge = 15 }
                    : Bodies.Adult($"Persona {Letter(i)}"))));
            foreach (var (arrival, i) in arrivals.Select((a, i) => (a, i)))
            {
                Assert.Equal(201, (int)arrival.Response.StatusCode);
                (i % 6 == 0 ? minors : adults).Add(arrival.Body.Text("caseId"));
            }

            foreach (var caseId in adults.Take(10))
            {
                var (assessed, body) = await manager.PutJsonAsync($"/api/returnees/{caseId}/assessment", Bodies.Assessment(consent: true));
                Assert.True(assessed.IsSuccessStatusCode, body.ToString());
                var (referred, referral) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = Health });
                Assert.Equal(201, (int)referred.StatusCode);
                referrals[caseId] = referral.Text("referralId");
            }

            foreach (var (caseId, referralId) in referrals.Take(4))
            {
                var (response, _) = await provider.PostJsonAsync($"/api/programs/{Health}/referrals/{referralId}/accept");
                Assert.Equal(200, (int)response.StatusCode);
                accepted.Add(caseId);
            }

            first.Kill();
        }

        await using var second = startHost();
        await second.WaitUntilReadyAsync();
        using var coordinator = await SignInAsync(ports, "coordinator");

        foreach (var caseId in adults.Concat(minors))
        {
            var (response, record) = await coordinator.GetJsonAsync($"/api/returnees/{caseId}");
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal(Point, record.Text("pointCode"));
            var statuses = record.GetProperty("referrals").EnumerateArray()
                .ToDictionary(r => r.Text("referralId"), r => (Program: r.Text("programId"), Status: r.Text("status")));
            if (referrals.TryGetValue(caseId, out var referralId))
            {
                Assert.Equal("services", record.Text("stage"));
                Assert.Equal(accepted.Contains(caseId) ? "accepted" : "pending", statuses[referralId].Status);
            }
            else if (minors.Contains(caseId))
            {
                Assert.Contains(statuses.Values, r => r.Program == ChildProtection && r.Status == "pending");
            }
            else
            {
                Assert.Equal("arrived", record.Text("stage"));
            }
        }

        // The events: each acknowledged command once, in order, then the coordinator's read above and this read of the trail.
        foreach (var caseId in adults.Concat(minors))
        {
            var (response, page) = await coordinator.GetJsonAsync($"/api/returnees/{caseId}/audit?limit=500");
            Assert.Equal(200, (int)response.StatusCode);
            var entries = page.GetProperty("entries").EnumerateArray().Reverse().ToList();
            var actions = entries.Select(e => e.Text("action")).ToList();
            Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.GetProperty("sequence").GetInt64()));
            var commands = minors.Contains(caseId)
                ? ["registered", .. actions.Skip(1).TakeWhile(a => a == "referred")]
                : referrals.ContainsKey(caseId)
                    ? accepted.Contains(caseId) ? ["registered", "assessed", "consentGiven", "referred", "referral accepted"] : new List<string> { "registered", "assessed", "consentGiven", "referred" }
                    : ["registered"];
            Assert.Equal([.. commands, "viewed", "viewed"], actions);
            Assert.True(!minors.Contains(caseId) || commands.Count > 1, "an unaccompanied minor is referred at registration");
        }

        var (_, point) = await coordinator.GetJsonAsync($"/api/points/{Point}");
        Assert.Equal(adults.Count + minors.Count, point.Int("present"));
        Assert.Equal(adults.Count + minors.Count, point.Int("arrivedToday"));
        Assert.Equal(referrals.Count - accepted.Count + minors.Count, point.Int("pendingReferrals"));

        var (_, health) = await coordinator.GetJsonAsync($"/api/programs/{Health}");
        var queue = health.GetProperty("queue").EnumerateArray().ToList();
        Assert.Equal(referrals.Values.Order(), queue.Select(q => q.Text("referralId")).Order());
        Assert.Equal(referrals.Count - accepted.Count, health.Int("pending"));

        var (_, protection) = await coordinator.GetJsonAsync($"/api/programs/{ChildProtection}");
        var protectedCases = protection.GetProperty("queue").EnumerateArray().Select(q => q.Text("caseId")).ToHashSet();
        Assert.Superset(minors.ToHashSet(), protectedCases);
    }

    private static string Letter(int i) => ((char)('A' + i)).ToString();

    private static async Task<HttpClient> SignInAsync(ReceptionHosts.Ports ports, string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username = userName, password = ApiHostFixture.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
