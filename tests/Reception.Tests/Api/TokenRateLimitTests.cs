using System.Net.Http.Json;
using Reception.Contracts.Shared;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Api;

/// <summary>
/// The token endpoint limits failed sign-ins per address: guessing passwords quickly is refused with 429, while any
/// number of successful sign-ins from one address (a point's desks behind one NAT) is never refused.
/// </summary>
public sealed class TokenRateLimitTests
{
    [Fact]
    public async Task Failed_sign_ins_beyond_the_limit_are_refused_with_429_problem_details_and_successes_never_count()
    {
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApi(ReceptionHosts.NewDataFolder(), ports, new Dictionary<string, string>
        {
            ["Reception__Auth__SignInFailuresPerMinute"] = "3",
        });
        await host.WaitUntilReadyAsync();
        using var http = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };

        // Far more sign-ins than the limit, one desk after another of the same point, all from this one address.
        for (var desk = 0; desk < 12; desk++)
        {
            var signIn = await http.PostAsJsonAsync("/api/auth/token", new { username = "manager-TIJ", password = "reception-demo" });
            Assert.Equal(System.Net.HttpStatusCode.OK, signIn.StatusCode);
        }

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
        // Even the right password is refused from this address until the minute has passed.
        var refused = await http.PostAsJsonAsync("/api/auth/token", new { username = "manager-TIJ", password = "reception-demo" });
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, refused.StatusCode);
    }
}
