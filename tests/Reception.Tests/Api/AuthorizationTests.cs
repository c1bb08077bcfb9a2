using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace Reception.Tests.Api;

/// <summary>Who may see and do what: 401 without a token, 403 outside one's role or scope, on REST and on the hub.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationTests(ApiHostFixture api)
{
    public static readonly TheoryData<string, string> EveryRoute = new()
    {
        { "GET", "/api/points" },
        { "GET", "/api/points/TIJ" },
        { "GET", "/api/points/TIJ/days?from=2026-01-01&to=2026-01-02" },
        { "PUT", "/api/points/TIJ/capacity" },
        { "POST", "/api/points/TIJ/notices" },
        { "POST", "/api/points/TIJ/arrivals" },
        { "GET", "/api/returnees/0000000000" },
        { "PUT", "/api/returnees/0000000000/assessment" },
        { "GET", "/api/returnees/0000000000/recommendations" },
        { "POST", "/api/returnees/0000000000/referrals" },
        { "POST", "/api/returnees/0000000000/departure" },
        { "GET", "/api/programs" },
        { "GET", "/api/programs/imss-salud" },
        { "GET", "/api/programs/imss-salud/days?from=2026-01-01&to=2026-01-02" },
        { "POST", "/api/programs/imss-salud/referrals/0000000000-1/accept" },
        { "POST", "/api/programs/imss-salud/referrals/0000000000-1/decline" },
        { "POST", "/api/programs/imss-salud/referrals/0000000000-1/complete" },
        { "GET", "/api/national" },
    };

    [Theory]
    [MemberData(nameof(EveryRoute))]
    public async Task Every_api_route_answers_401_problem_without_a_token(string method, string path)
    {
        var (response, body) = await api.Anonymous.SendJsonAsync(new HttpMethod(method), path, method == "GET" ? null : new { });
        HttpJson.AssertProblem(response, body, 401);
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        using var client = new HttpClient { BaseAddress = new Uri(api.Ports.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6ImNvb3JkaW5hdG9yIn0.c2lnbmF0dXJl");
        var (response, _) = await client.GetJsonAsync("/api/points");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_without_a_token()
    {
        await using var connection = api.Hub(userName: null);
        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
    }

    [Fact]
    public async Task The_token_endpoint_issues_demo_tokens_with_role_and_scope_and_refuses_wrong_passwords()
    {
        var (ok, token) = await api.Anonymous.PostJsonAsync("/api/auth/token", new { username = "manager-TIJ", password = ApiHostFixture.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.False(string.IsNullOrEmpty(token.Text("accessToken")));
        Assert.True(token.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        Assert.Equal("pointManager", token.Text("role"));
        Assert.Equal(["TIJ"], token.GetProperty("points").EnumerateArray().Select(p => p.GetString()));

        var (wrong, problem) = await api.Anonymous.PostJsonAsync("/api/auth/token", new { username = "manager-TIJ", password = "guess" });
        HttpJson.AssertProblem(wrong, problem, 401);
        var (unknown, _) = await api.Anonymous.PostJsonAsync("/api/auth/token", new { username = "nobody", password = ApiHostFixture.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var (empty, invalid) = await api.Anonymous.PostJsonAsync("/api/auth/token", new { username = "" });
        HttpJson.AssertProblem(empty, invalid, 400);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("username", out _));
    }

    [Fact]
    public async Task A_manager_of_one_point_gets_403_on_another_points_data_and_commands()
    {
        using var tij = await api.ClientAsync("manager-TIJ");
        var attempts = new List<(HttpResponseMessage, JsonElement)>
        {
            await tij.GetJsonAsync("/api/points/MXL"),
            await tij.PutJsonAsync("/api/points/MXL/capacity", new { shelterBeds = 1, intakeDesks = 1 }),
            await tij.PostJsonAsync("/api/points/MXL/notices", new { expectedAt = DateTimeOffset.UtcNow.AddHours(2), headcount = 30, minors = 2, transport = "bus", reference = "X" }),
            await tij.PostJsonAsync("/api/points/MXL/arrivals", new { givenNames = "Ana", surnames = "López", sex = "female", estimatedAge = 30 }),
        };
        foreach (var (response, body) in attempts)
        {
            HttpJson.AssertProblem(response, body, 403);
            Assert.Contains("MXL", body.Text("detail"));
        }

        using var mxl = await api.ClientAsync("manager-MXL");
        var (arrival, receipt) = await mxl.PostJsonAsync("/api/points/MXL/arrivals", new { givenNames = "Ana", surnames = "López", sex = "female", estimatedAge = 30 });
        Assert.Equal(HttpStatusCode.Created, arrival.StatusCode);
        var (read, denied) = await tij.GetJsonAsync($"/api/returnees/{receipt.Text("caseId")}");
        HttpJson.AssertProblem(read, denied, 403);
        var (assess, _) = await tij.PutJsonAsync($"/api/returnees/{receipt.Text("caseId")}/assessment", Workflow.Assessment(consent: true));
        Assert.Equal(HttpStatusCode.Forbidden, assess.StatusCode);

        var (list, points) = await tij.GetJsonAsync("/api/points");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(["TIJ"], points.EnumerateArray().Select(p => p.Text("code")));
    }

    [Fact]
    public async Task A_provider_gets_403_on_a_case_not_referred_to_them_and_on_the_national_picture()
    {
        using var manager = await api.ClientAsync("manager-TIJ");
        var (_, receipt) = await manager.PostJsonAsync("/api/points/TIJ/arrivals", new { givenNames = "Luis", surnames = "Ramírez", sex = "male", estimatedAge = 40 });
        using var provider = await api.ClientAsync("provider-imss-salud");
        var (read, problem) = await provider.GetJsonAsync($"/api/returnees/{receipt.Text("caseId")}");
        HttpJson.AssertProblem(read, problem, 403);
        var (national, _) = await provider.GetJsonAsync("/api/national");
        Assert.Equal(HttpStatusCode.Forbidden, national.StatusCode);
        var (other, _) = await provider.GetJsonAsync("/api/programs/dif-proteccion-ninez");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var (arrive, _) = await provider.PostJsonAsync("/api/points/TIJ/arrivals", new { givenNames = "X", surnames = "Y", sex = "male", estimatedAge = 30 });
        Assert.Equal(HttpStatusCode.Forbidden, arrive.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_reads_everything_but_changes_nothing_at_points()
    {
        using var coordinator = await api.ClientAsync("coordinator");
        var (points, list) = await coordinator.GetJsonAsync("/api/points");
        Assert.Equal(HttpStatusCode.OK, points.StatusCode);
        Assert.True(list.GetArrayLength() >= 12);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetJsonAsync("/api/national")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetJsonAsync("/api/points/MXL")).Response.StatusCode);
        var (arrival, problem) = await coordinator.PostJsonAsync("/api/points/TIJ/arrivals", new { givenNames = "X", surnames = "Y", sex = "male", estimatedAge = 30 });
        HttpJson.AssertProblem(arrival, problem, 403);
        var (capacity, _) = await coordinator.PutJsonAsync("/api/points/TIJ/capacity", new { shelterBeds = 1, intakeDesks = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, capacity.StatusCode);
    }

    [Theory]
    [InlineData("manager-TIJ", "SubscribePoint", "MXL")]
    [InlineData("manager-TIJ", "SubscribeNational", null)]
    [InlineData("provider-imss-salud", "SubscribePoint", "TIJ")]
    [InlineData("provider-imss-salud", "SubscribeProgram", "dif-proteccion-ninez")]
    [InlineData("provider-imss-salud", "SubscribeNational", null)]
    public async Task Subscribing_to_a_feed_the_role_may_not_see_is_refused(string user, string method, string? argument)
    {
        await using var feed = await api.WatchAsync(user);
        var refusal = await Assert.ThrowsAsync<HubException>(() => argument is null ? feed.InvokeAsync(method) : feed.InvokeAsync(method, argument));
        Assert.StartsWith("forbidden:", refusal.Message.Split("HubException: ").Last());
    }
}
