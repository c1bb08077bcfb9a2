using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Reception.Contracts.Shared;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Rights;

/// <summary>
/// On a host of its own: guessing constancia codes is refused with 429 beyond the per-address limit, in a budget apart
/// from sign-ins; a missing code is a 400; and with the retention policy off, its dry run is a 409 that says so.
/// </summary>
public sealed class VerificationLimitTests
{
    [Fact]
    public async Task Verifications_beyond_the_limit_are_refused_and_retention_off_says_so()
    {
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApi(ReceptionHosts.NewDataFolder(), ports, new Dictionary<string, string>
        {
            ["Reception__Auth__VerificationsPerMinute"] = "3",
            ["Reception__Retention__YearsAfterExit"] = "0",
        });
        await host.WaitUntilReadyAsync();
        using var http = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };

        var (missing, missingBody) = await http.GetJsonAsync("/api/verify/TIJ-20261130-0000000000");
        HttpJson.AssertProblem(missing, missingBody, 400);
        var statuses = new List<int>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var (response, body) = await http.GetJsonAsync($"/api/verify/TIJ-20261130-000000000{attempt}?code=AAAAAAAAAAAA");
            statuses.Add((int)response.StatusCode);
            Assert.Equal(response.StatusCode == HttpStatusCode.TooManyRequests ? ProblemCodes.TooManyRequests : ProblemCodes.ConstanciaNotGenuine, body.Text("code"));
        }
        Assert.Equal([404, 404, 429, 429], statuses);

        var token = await http.PostAsJsonAsync("/api/auth/token", new { username = "coordinator", password = ApiHostFixture.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode); // sign-ins have their own budget
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var (off, offBody) = await http.GetJsonAsync("/api/admin/retention/preview");
        HttpJson.AssertProblem(off, offBody, 409);
        Assert.Equal(ProblemCodes.RetentionDisabled, offBody.Text("code"));
    }
}
