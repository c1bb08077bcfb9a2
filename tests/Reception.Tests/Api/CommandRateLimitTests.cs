using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Reception.Contracts.Shared;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Api;

/// <summary>
/// Commands are rate-limited per signed-in user (<c>Reception:Auth:CommandsPerMinute</c>): a runaway integration gets
/// 429 problem details with Retry-After and changes nothing, while its reads and other users' commands go on.
/// </summary>
public sealed class CommandRateLimitTests
{
    [Fact]
    public async Task Commands_beyond_the_users_limit_answer_429_with_Retry_After_and_change_nothing()
    {
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApi(ReceptionHosts.NewDataFolder(), ports, new Dictionary<string, string>
        {
            ["Reception__SeedDemoData"] = "true",
            ["Reception__Auth__CommandsPerMinute"] = "3",
        });
        await host.WaitUntilReadyAsync();
        using var tij = await SignInAsync(ports, "manager-TIJ");
        using var nld = await SignInAsync(ports, "manager-NLD");

        var statuses = new List<int>();
        for (var beds = 101; beds <= 104; beds++)
        {
            var (response, body) = await tij.PutJsonAsync("/api/points/TIJ/capacity", new { shelterBeds = beds, intakeDesks = 2 });
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                HttpJson.AssertProblem(response, body, 429);
                Assert.Equal(ProblemCodes.TooManyCommands, body.Text("code"));
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
            }
        }
        var (arrival, arrivalProblem) = await tij.PostJsonAsync("/api/points/TIJ/arrivals", Workflow.Adult());
        HttpJson.AssertProblem(arrival, arrivalProblem, 429);

        Assert.Equal([200, 200, 200, 429], statuses);
        var (read, point) = await tij.GetJsonAsync("/api/points/TIJ");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(103, point.GetProperty("capacity").Int("shelterBeds"));
        Assert.Equal(0, point.Int("arrivedToday"));
        var (other, _) = await nld.PutJsonAsync("/api/points/NLD/capacity", new { shelterBeds = 50, intakeDesks = 2 });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static async Task<HttpClient> SignInAsync(ReceptionHosts.Ports ports, string user)
    {
        var http = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };
        var response = await http.PostAsJsonAsync("/api/auth/token", new { username = user, password = ApiHostFixture.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).Text("accessToken");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
