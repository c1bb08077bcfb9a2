using System.Net.Http.Json;
using Reception.Contracts.Shared;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Api;

/// <summary>The token endpoint is rate-limited per address: guessing passwords quickly is refused with 429.</summary>
public sealed class TokenRateLimitTests
{
    [Fact]
    public async Task Token_requests_beyond_the_limit_are_refused_with_429_problem_details()
    {
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApi(ReceptionHosts.NewDataFolder(), ports, new Dictionary<string, string>
        {
            ["Reception__Auth__SignInFailuresPerMinute"] = "3",
        });
        await host.WaitUntilReadyAsync();
        using var http = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };

        var statuses = new List<int>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var response = await http.PostAsJsonAsync("/api/auth/token", new { username = "coordinator", password = "wrong-password" });
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            {
                var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                HttpJson.AssertProblem(response, body, 429);
                Assert.Equal(ProblemCodes.TooManyRequests, body.Text("code"));
            }
        }

        Assert.Equal([401, 401, 401, 429, 429], statuses);
    }
}
