using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Reception.Contracts.Shared;

namespace Reception.Tests.Api;

/// <summary>
/// Every bad input gets a clear answer — the stated status, RFC 9457 problem details with a code worded in the caller's
/// language — and changes nothing: wrong methods, bodies that are not JSON, unknown paths, control characters in a
/// path, nulls inside lists, idempotency keys replayed with another body.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiHostFixture api)
{
    private const string Point = "MAM";

    [Fact]
    public async Task A_wrong_method_on_an_api_route_answers_405_with_Allow_and_changes_nothing()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var before = await PointAsync(manager);

        var (response, body) = await manager.SendJsonAsync(HttpMethod.Delete, $"/api/points/{Point}");
        HttpJson.AssertProblem(response, body, 405);
        Assert.Equal(ProblemCodes.MethodNotAllowed, body.Text("code"));
        Assert.Contains("GET", response.Content.Headers.Allow);

        var (post, postBody) = await manager.PostJsonAsync($"/api/points/{Point}/capacity", new { shelterBeds = 1, intakeDesks = 1 });
        HttpJson.AssertProblem(post, postBody, 405);
        Assert.Equal(["PUT"], post.Content.Headers.Allow);
        var (form, formBody) = await manager.SendJsonAsync(HttpMethod.Patch, $"/api/points/{Point}/arrivals", Workflow.Adult());
        HttpJson.AssertProblem(form, formBody, 405);

        Assert.Equal(before, await PointAsync(manager));
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_415_and_registers_nobody()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var before = await PointAsync(manager);
        using var text = new StringContent("givenNames=Ana&surnames=López&sex=female", Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await manager.PostAsync($"/api/points/{Point}/arrivals", text);
        var body = await BodyAsync(response);

        HttpJson.AssertProblem(response, body, 415);
        Assert.Equal(ProblemCodes.UnsupportedMediaType, body.Text("code"));
        Assert.Equal(before, await PointAsync(manager));
    }

    [Theory]
    [InlineData("GET", "/api/no-such-route")]
    [InlineData("POST", "/api/points/MAM/no-such-thing")]
    [InlineData("GET", "/hubs/no-such-hub")]
    [InlineData("POST", "/hubs/operations/no-such-thing")]
    public async Task Unknown_api_and_hub_paths_answer_404_problem_details(string method, string path)
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var (response, body) = await manager.SendJsonAsync(new HttpMethod(method), path, method == "POST" ? new { } : null);
        HttpJson.AssertProblem(response, body, 404);
        Assert.Equal(ProblemCodes.RouteNotFound, body.Text("code"));
    }

    [Fact]
    public async Task The_dashboard_still_answers_its_own_routes_with_its_page()
    {
        // The dashboard is in the API's output when the build had npm (tests/run.sh always does).
        if (!File.Exists(Path.Combine(Path.GetDirectoryName(Infrastructure.RepositoryPaths.ApiAssembly)!, "wwwroot", "index.html")))
        {
            return;
        }
        var response = await api.Anonymous.GetAsync($"/points/{Point}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("%01")]
    [InlineData("%1F")]
    [InlineData("%7F")]
    [InlineData("%0A")]
    public async Task A_control_character_in_a_path_answers_400_problem_and_changes_nothing(string character)
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var before = await PointAsync(manager);

        var (read, readBody) = await manager.GetJsonAsync($"/api/points/{Point}{character}");
        HttpJson.AssertProblem(read, readBody, 400);
        Assert.Equal(ProblemCodes.PathInvalid, readBody.Text("code"));
        var (command, commandBody) = await manager.PostJsonAsync($"/api/points/{Point}{character}/arrivals", Workflow.Adult("Ana", "Ruiz"));
        HttpJson.AssertProblem(command, commandBody, 400);

        Assert.Equal(before, await PointAsync(manager));
    }

    [Fact]
    public async Task A_null_character_in_a_path_is_refused_with_400_and_changes_nothing()
    {
        // Kestrel refuses %00 itself while reading the request line, before any middleware, with an empty 400.
        using var manager = await api.ClientAsync($"manager-{Point}");
        var before = await PointAsync(manager);
        var (response, _) = await manager.PostJsonAsync($"/api/points/{Point}%00/arrivals", Workflow.Adult("Ana", "Ruiz"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await PointAsync(manager));
    }

    private static readonly string[] AssessmentListFields = ["skills", "documentsHeld", "needs"];

    public static TheoryData<string> AssessmentLists => new(AssessmentListFields);

    [Theory]
    [MemberData(nameof(AssessmentLists))]
    public async Task A_null_inside_an_assessment_list_answers_400_on_the_field_and_records_nothing(string field)
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var (_, receipt) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult("Elena", "Vargas"));
        var caseId = receipt.Text("caseId");
        var assessment = JsonSerializer.SerializeToNode(Workflow.Assessment(consent: true))!.AsObject();
        assessment[field] = new System.Text.Json.Nodes.JsonArray(null, null);

        using var content = new StringContent(assessment.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await manager.PutAsync($"/api/returnees/{caseId}/assessment", content);
        var body = await BodyAsync(response);

        HttpJson.AssertProblem(response, body, 400);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"errors name '{field}': {body}");
        var (_, view) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal(JsonValueKind.Null, view.GetProperty("assessment").ValueKind);
    }

    [Theory]
    [InlineData("vulnerabilities")]
    [InlineData("rejectedPersonIds")]
    public async Task A_null_inside_a_list_of_the_arrival_answers_400_on_the_field_and_registers_nobody(string field)
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var before = await PointAsync(manager);
        using var content = new StringContent(
            $"{{\"givenNames\":\"Ana\",\"surnames\":\"Ruiz\",\"sex\":\"female\",\"{field}\":[null]}}", Encoding.UTF8, "application/json");
        var response = await manager.PostAsync($"/api/points/{Point}/arrivals", content);
        var body = await BodyAsync(response);

        HttpJson.AssertProblem(response, body, 400);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
        Assert.Equal(before, await PointAsync(manager));
    }

    [Theory]
    [InlineData("POST", "points")]
    [InlineData("POST", "programs")]
    [InlineData("PUT", "points")]
    [InlineData("PUT", "programs")]
    public async Task A_null_inside_a_list_of_an_account_answers_400_on_the_field_and_changes_nothing(string method, string field)
    {
        using var admin = await api.ClientAsync("administrator");
        var role = field == "points" ? "pointManager" : "provider";
        var scope = field == "points" ? Point : "imss-salud";
        var userName = $"nulos-{method.ToLowerInvariant()}-{field}";
        if (method == "PUT")
        {
            await admin.PostJsonAsync("/api/admin/accounts", JsonSerializer.Deserialize<JsonElement>(
                $"{{\"username\":\"{userName}\",\"password\":\"una-clave-larga-de-prueba\",\"role\":\"{role}\",\"{field}\":[\"{scope}\"]}}"));
        }
        var (_, before) = await admin.GetJsonAsync("/api/admin/accounts");
        var json = method == "POST"
            ? $"{{\"username\":\"{userName}\",\"password\":\"una-clave-larga-de-prueba\",\"role\":\"{role}\",\"{field}\":[null]}}"
            : $"{{\"{field}\":[null]}}";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = method == "POST"
            ? await admin.PostAsync("/api/admin/accounts", content)
            : await admin.PutAsync($"/api/admin/accounts/{userName}", content);
        var body = await BodyAsync(response);

        HttpJson.AssertProblem(response, body, 400);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
        var (_, after) = await admin.GetJsonAsync("/api/admin/accounts");
        Assert.Equal(before.ToString(), after.ToString());
    }

    [Fact]
    public void Every_list_field_of_every_request_record_is_tested_with_a_null_inside()
    {
        var lists = typeof(Reception.Api.ReceptionApi).Assembly.GetTypes()
            .Where(type => type.Name.EndsWith("Request", StringComparison.Ordinal))
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(property => property.PropertyType != typeof(string) && property.PropertyType.IsAssignableTo(typeof(System.Collections.IEnumerable)))
            .Select(property => $"{property.DeclaringType!.Name}.{JsonNamingPolicy.CamelCase.ConvertName(property.Name)}")
            .Order()
            .ToArray();
        var tested = AssessmentListFields.Select(field => $"AssessmentRequest.{field}").Append("ArrivalRequest.vulnerabilities").Append("ArrivalRequest.rejectedPersonIds")
            .Concat(from request in new[] { "CreateAccountRequest", "UpdateAccountRequest" } from field in new[] { "points", "programs" } select $"{request}.{field}")
            .Order().ToArray();
        Assert.Equal(tested, lists);
    }

    [Fact]
    public async Task An_arrival_key_replayed_with_another_body_answers_409_and_keeps_the_first_case()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var key = Guid.NewGuid().ToString();
        var (_, first) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult("Inés", "Campos"), key);
        var before = await PointAsync(manager);

        var (replay, problem) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult("Otra", "Persona"), key);

        HttpJson.AssertProblem(replay, problem, 409);
        Assert.Equal(before, await PointAsync(manager));
        var (_, view) = await manager.GetJsonAsync($"/api/returnees/{first.Text("caseId")}");
        Assert.Equal("Inés", view.Text("givenNames"));
    }

    [Fact]
    public async Task A_notice_key_replayed_with_another_body_answers_409_and_keeps_the_first_notice()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var key = Guid.NewGuid().ToString();
        var reference = $"BUS-{key[..8]}";
        var expectedAt = DateTimeOffset.UtcNow.AddHours(3);
        var (created, _) = await manager.PostJsonAsync($"/api/points/{Point}/notices", new { expectedAt, headcount = 40, minors = 2, transport = "bus", reference }, key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var (replay, problem) = await manager.PostJsonAsync($"/api/points/{Point}/notices", new { expectedAt, headcount = 45, minors = 2, transport = "bus", reference }, key);

        HttpJson.AssertProblem(replay, problem, 409);
        var notices = (await manager.GetJsonAsync($"/api/points/{Point}")).Body.GetProperty("notices").EnumerateArray()
            .Where(notice => notice.TryGetProperty("reference", out var r) && r.GetString() == reference).ToList();
        Assert.Equal(40, Assert.Single(notices).Int("headcount"));
    }

    [Fact]
    public async Task A_referral_key_replayed_with_another_note_answers_409_and_keeps_the_first_note()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var (_, receipt) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult("Lucía", "Pérez"));
        var caseId = receipt.Text("caseId");
        await manager.ConsentAsync(caseId);
        var key = Guid.NewGuid().ToString();
        var (created, referral) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = "imss-salud", note = "Dolor de espalda" }, key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var (same, sameBody) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = "imss-salud", note = "Dolor de espalda" }, key);
        Assert.Equal(HttpStatusCode.Created, same.StatusCode);
        Assert.Equal(referral.Text("referralId"), sameBody.Text("referralId"));
        var (replay, problem) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = "imss-salud", note = "Otra nota" }, key);

        HttpJson.AssertProblem(replay, problem, 409);
        Assert.Equal(ProblemCodes.IdempotencyKeyReused, problem.Text("code"));
        var (_, view) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        var stored = Assert.Single(view.GetProperty("referrals").EnumerateArray(), r => r.Text("programId") == "imss-salud");
        Assert.Equal("Dolor de espalda", stored.Text("note"));
    }

    // The point as its manager reads it, without the fields that move with the clock.
    private static async Task<string> PointAsync(HttpClient manager)
    {
        var (_, body) = await manager.GetJsonAsync($"/api/points/{Point}");
        return $"{body.Int("arrivedToday")}/{body.Int("queueTotal")}/{body.GetProperty("capacity").GetRawText()}/{body.GetProperty("notices").GetArrayLength()}";
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
