using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Reception.Tests.Api;

/// <summary>Refused requests answer problem details (400/404/409/413) and change nothing; Idempotency-Key makes retries safe.</summary>
[Collection(ApiCollection.Name)]
public sealed class ValidationTests(ApiHostFixture api)
{
    [Theory]
    [InlineData("{\"surnames\":\"López\",\"sex\":\"female\",\"estimatedAge\":30}", "givenNames")]
    [InlineData("{\"givenNames\":\"   \",\"surnames\":\"López\",\"sex\":\"female\",\"estimatedAge\":30}", "givenNames")]
    [InlineData("{\"givenNames\":\"Ana\",\"surnames\":\"López\",\"estimatedAge\":30}", "sex")]
    [InlineData("{\"givenNames\":\"Ana\",\"surnames\":\"López\",\"sex\":\"robot\",\"estimatedAge\":30}", "sex")]
    [InlineData("{\"givenNames\":\"Ana\",\"surnames\":\"López\",\"sex\":\"female\",\"estimatedAge\":300}", "estimatedAge")]
    [InlineData("{\"givenNames\":\"Ana\",\"surnames\":\"López\",\"sex\":\"female\",\"curp\":\"NOTACURP\"}", "curp")]
    [InlineData("{\"givenNames\":\"Ana\",\"surnames\":\"López\",\"sex\":\"female\",\"dateOfBirth\":\"2999-01-01\"}", "dateOfBirth")]
    public async Task Invalid_arrivals_answer_400_with_the_field_and_register_nobody(string json, string field)
    {
        using var manager = await api.ClientAsync("manager-MAM");
        var before = await ArrivedTodayAsync(manager, "MAM");
        var (response, body) = await SendRawAsync(manager, "/api/points/MAM/arrivals", json);
        HttpJson.AssertProblem(response, body, 400);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"errors name '{field}': {body}");
        Assert.False(string.IsNullOrWhiteSpace(body.Text("detail")));
        Assert.Equal(before, await ArrivedTodayAsync(manager, "MAM"));
    }

    [Fact]
    public async Task A_long_name_is_refused_with_its_length()
    {
        using var manager = await api.ClientAsync("manager-MAM");
        var (response, body) = await manager.PostJsonAsync("/api/points/MAM/arrivals", new { givenNames = new string('A', 101), surnames = "López", sex = "female", estimatedAge = 30 });
        HttpJson.AssertProblem(response, body, 400);
        Assert.Contains("101", body.GetProperty("errors").GetProperty("givenNames")[0].GetString());
    }

    [Fact]
    public async Task Malformed_json_answers_400_problem()
    {
        using var manager = await api.ClientAsync("manager-MAM");
        var (response, body) = await SendRawAsync(manager, "/api/points/MAM/arrivals", "{\"givenNames\": ");
        HttpJson.AssertProblem(response, body, 400);
    }

    [Fact]
    public async Task An_oversized_body_answers_413_problem()
    {
        using var manager = await api.ClientAsync("manager-MAM");
        var huge = JsonSerializer.Serialize(new { givenNames = "Ana", surnames = new string('x', 70_000), sex = "female" });
        var (response, body) = await SendRawAsync(manager, "/api/points/MAM/arrivals", huge);
        HttpJson.AssertProblem(response, body, 413);

        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/points/MAM/arrivals")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge))),
        };
        chunked.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        var second = await manager.SendAsync(chunked);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, second.StatusCode);
    }

    [Fact]
    public async Task Unknown_points_cases_programs_and_referrals_answer_404()
    {
        using var coordinator = await api.ClientAsync("coordinator");
        await ExpectProblemAsync(coordinator.GetJsonAsync("/api/points/ZZZ"), 404);
        await ExpectProblemAsync(coordinator.GetJsonAsync("/api/returnees/ZZZZZZZZZZ"), 404);
        await ExpectProblemAsync(coordinator.GetJsonAsync("/api/returnees/not-a-case"), 404);
        await ExpectProblemAsync(coordinator.GetJsonAsync("/api/programs/no-such-program"), 404);
        using var provider = await api.ClientAsync("provider-imss-salud");
        await ExpectProblemAsync(provider.PostJsonAsync("/api/programs/imss-salud/referrals/garbage/accept"), 404);
    }

    [Fact]
    public async Task Out_of_order_transitions_answer_409_or_400_and_leave_the_case_as_it_was()
    {
        const string program = "imss-salud";
        using var manager = await api.ClientAsync("manager-MAM");
        using var provider = await api.ClientAsync($"provider-{program}");
        var (_, receipt) = await manager.PostJsonAsync("/api/points/MAM/arrivals", Workflow.Adult("Rosa", "Martínez"));
        var caseId = receipt.Text("caseId");

        // a referral to a program that does not exist, and an invalid assessment
        var (unknownProgram, problem) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = "no-such-program" });
        Assert.InRange((int)unknownProgram.StatusCode, 400, 404);
        Assert.Equal("application/problem+json", unknownProgram.Content.Headers.ContentType?.MediaType);
        var (badAssessment, invalid) = await manager.PutJsonAsync($"/api/returnees/{caseId}/assessment", new { educationLevel = "secondary", yearsAbroad = -3, englishLevel = "basic", destinationState = "Michoacán", consentToShare = true });
        HttpJson.AssertProblem(badAssessment, invalid, 400);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("yearsAbroad", out _));

        await manager.ConsentAsync(caseId);
        var (_, referral) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = program });
        var referralId = referral.Text("referralId");
        // completing before accepting is out of order
        var (early, _) = await provider.PostJsonAsync($"/api/programs/{program}/referrals/{referralId}/complete", new { outcome = "done" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var (decline, declineProblem) = await provider.PostJsonAsync($"/api/programs/{program}/referrals/{referralId}/decline", new { reason = "" });
        HttpJson.AssertProblem(decline, declineProblem, 400);

        var (_, before) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal(HttpStatusCode.OK, (await provider.PostJsonAsync($"/api/programs/{program}/referrals/{referralId}/accept")).Response.StatusCode);
        var (twice, conflict) = await provider.PostJsonAsync($"/api/programs/{program}/referrals/{referralId}/accept");
        HttpJson.AssertProblem(twice, conflict, 409);

        var (_, departed) = await manager.PostJsonAsync($"/api/returnees/{caseId}/departure", new { destinationState = "Oaxaca" });
        Assert.Equal("departed", departed.Text("stage"));
        var (again, againProblem) = await manager.PostJsonAsync($"/api/returnees/{caseId}/departure", new { destinationState = "Oaxaca" });
        HttpJson.AssertProblem(again, againProblem, 409);
        var (afterDeparture, _) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = program });
        Assert.Equal(HttpStatusCode.Conflict, afterDeparture.StatusCode);

        var (_, after) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal("departed", after.Text("stage"));
        Assert.Equal(before.GetProperty("referrals").GetArrayLength(), after.GetProperty("referrals").GetArrayLength());
    }

    [Fact]
    public async Task A_repeated_idempotency_key_returns_the_same_201_body_and_creates_nothing_new()
    {
        using var manager = await api.ClientAsync("manager-MAM");
        var key = Guid.NewGuid().ToString();
        var (first, firstBody) = await manager.PostJsonAsync("/api/points/MAM/arrivals", Workflow.Adult("Pedro", "Sánchez"), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var arrived = await ArrivedTodayAsync(manager, "MAM");
        var (second, secondBody) = await manager.PostJsonAsync("/api/points/MAM/arrivals", Workflow.Adult("Pedro", "Sánchez"), key);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(firstBody.GetRawText(), secondBody.GetRawText());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(arrived, await ArrivedTodayAsync(manager, "MAM"));

        var (different, _) = await manager.PostJsonAsync("/api/points/MAM/arrivals", Workflow.Adult("Otra", "Persona"), key);
        Assert.Equal(HttpStatusCode.Conflict, different.StatusCode);

        var caseId = firstBody.Text("caseId");
        await manager.ConsentAsync(caseId);
        var referralKey = Guid.NewGuid().ToString();
        var (r1, b1) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = "imss-salud" }, referralKey);
        var (r2, b2) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = "imss-salud" }, referralKey);
        Assert.Equal(HttpStatusCode.Created, r1.StatusCode);
        Assert.Equal(HttpStatusCode.Created, r2.StatusCode);
        Assert.Equal(b1.Text("referralId"), b2.Text("referralId"));
        var (_, view) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Single(view.GetProperty("referrals").EnumerateArray(), r => r.Text("programId") == "imss-salud");
    }

    [Fact]
    public async Task Capacity_and_notices_validate_and_apply()
    {
        using var manager = await api.ClientAsync("manager-MAM");
        var (bad, problem) = await manager.PutJsonAsync("/api/points/MAM/capacity", new { shelterBeds = -5, intakeDesks = 2 });
        HttpJson.AssertProblem(bad, problem, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("shelterBeds", out _));
        var (ok, summary) = await manager.PutJsonAsync("/api/points/MAM/capacity", new { shelterBeds = 130, intakeDesks = 3 });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(130, summary.GetProperty("capacity").Int("shelterBeds"));

        var (badNotice, noticeProblem) = await manager.PostJsonAsync("/api/points/MAM/notices", new { headcount = 0, minors = 0, transport = "bus" });
        HttpJson.AssertProblem(badNotice, noticeProblem, 400);
        var errors = noticeProblem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("expectedAt", out _) && errors.TryGetProperty("headcount", out _));
    }

    private static async Task ExpectProblemAsync(Task<(HttpResponseMessage Response, JsonElement Body)> call, int status)
    {
        var (response, body) = await call;
        HttpJson.AssertProblem(response, body, status);
    }

    private static async Task<int> ArrivedTodayAsync(HttpClient client, string code) => (await client.GetJsonAsync($"/api/points/{code}")).Body.Int("arrivedToday");

    private static async Task<(HttpResponseMessage, JsonElement)> SendRawAsync(HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        return (response, string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
