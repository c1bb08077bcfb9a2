using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Api;

/// <summary>
/// Issue #14 through HTTP: the companion checks and the custody refusals as problem details (state unchanged), and
/// the whole chain of custody watched live on the point's feed, with the case closing and the clock stopping.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CustodyApiTests(ApiHostFixture api)
{
    // A point no other API test touches; OtherPoint is used only here too.
    private const string Point = "NOG";
    private const string OtherPoint = "MEX";
    private const string ChildProtection = "dif-proteccion-ninez";

    internal static object Minor(int age = 15, string? companion = null, string? relationship = null) =>
        new { givenNames = "Luis", surnames = "Hernández Cruz", sex = "male", estimatedAge = age, accompanyingCaseId = companion, relationship };

    internal static object Step(string step, string? relativeName = null, string? relationship = null, string? identityDocument = null) => new
    {
        step,
        fromName = "Officer Smith",
        fromInstitution = "US CBP",
        toName = "Oficial Ruiz",
        toInstitution = "INM",
        document = "ACTA-1",
        relativeName,
        relationship,
        identityDocument,
    };

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task Every_refusal_is_a_problem_with_a_code_and_changes_nothing(string language)
    {
        using var manager = await ClientAsync($"manager-{Point}", language);
        using var other = await ClientAsync($"manager-{OtherPoint}", language);
        using var dif = await ClientAsync($"provider-{ChildProtection}", language);
        var adult = await RegisterAsync(manager, Point, Workflow.Adult());
        var child = await RegisterAsync(manager, Point, Minor(age: 9));
        var elsewhere = await RegisterAsync(other, OtherPoint, Workflow.Adult());
        var departed = await RegisterAsync(manager, Point, Workflow.Adult());
        var (left, _) = await manager.PostJsonAsync($"/api/returnees/{departed}/departure", new { destinationState = "Jalisco" });
        Assert.True(left.IsSuccessStatusCode);
        var present = await PresentAsync(manager);

        foreach (var (companion, code) in new[]
        {
            (Reception.Contracts.Shared.CaseIds.New(), "companionNotFound"),
            (child, "companionNotAdult"),
            (elsewhere, "companionAtOtherPoint"),
            (departed, "companionNotPresent"),
        })
        {
            var (response, body) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Minor(companion: companion, relationship: "mother"));
            HttpJson.AssertProblem(response, body, 400);
            Assert.Equal(code, body.GetProperty("fields").GetProperty("accompanyingCaseId")[0].Text("code"));
        }
        var (noRelationship, noRelationshipBody) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Minor(companion: adult));
        HttpJson.AssertProblem(noRelationship, noRelationshipBody, 400);
        Assert.Equal("relationshipRequired", noRelationshipBody.GetProperty("fields").GetProperty("relationship")[0].Text("code"));
        var (noAge, noAgeBody) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", new { givenNames = "Ana", surnames = "Pérez", sex = "female" });
        HttpJson.AssertProblem(noAge, noAgeBody, 400);
        Assert.Equal("ageRequired", noAgeBody.GetProperty("fields").GetProperty("dateOfBirth")[0].Text("code"));
        Assert.Equal(present, await PresentAsync(manager));

        // The unaccompanied child: no exit without the handover, steps in order, each by its role.
        var (leave, leaveBody) = await manager.PostJsonAsync($"/api/returnees/{child}/departure", new { destinationState = "Jalisco" });
        HttpJson.AssertProblem(leave, leaveBody, 409);
        Assert.Equal("custodyHandoverMissing", leaveBody.Text("code"));
        var (transfer, transferBody) = await manager.PostJsonAsync($"/api/returnees/{child}/transfer", new { institution = "DIF Sonora" });
        HttpJson.AssertProblem(transfer, transferBody, 409);
        Assert.Equal("custodyHandoverMissing", transferBody.Text("code"));
        var (early, earlyBody) = await manager.PostJsonAsync($"/api/returnees/{child}/custody", Step("handedToChildProtection"));
        HttpJson.AssertProblem(early, earlyBody, 409);
        Assert.Equal("custodyStepOutOfOrder", earlyBody.Text("code"));
        var (byProvider, byProviderBody) = await dif.PostJsonAsync($"/api/returnees/{child}/custody", Step("receivedFromForeignAuthority"));
        HttpJson.AssertProblem(byProvider, byProviderBody, 403);
        var (byOtherManager, byOtherManagerBody) = await other.PostJsonAsync($"/api/returnees/{child}/custody", Step("receivedFromForeignAuthority"));
        HttpJson.AssertProblem(byOtherManager, byOtherManagerBody, 403);
        Assert.Equal(201, (int)(await manager.PostJsonAsync($"/api/returnees/{child}/custody", Step("receivedFromForeignAuthority"))).Response.StatusCode);
        Assert.Equal(201, (int)(await manager.PostJsonAsync($"/api/returnees/{child}/custody", Step("handedToChildProtection"))).Response.StatusCode);
        var (again, againBody) = await manager.PostJsonAsync($"/api/returnees/{child}/custody", Step("handedToChildProtection"));
        HttpJson.AssertProblem(again, againBody, 409);
        Assert.Equal("custodyStepOutOfOrder", againBody.Text("code"));
        var (confirmByManager, confirmByManagerBody) = await manager.PostJsonAsync($"/api/returnees/{child}/custody", Step("handoverConfirmed"));
        HttpJson.AssertProblem(confirmByManager, confirmByManagerBody, 403);
        var (noRelative, noRelativeBody) = await dif.PostJsonAsync($"/api/returnees/{child}/custody", Step("reunified"));
        HttpJson.AssertProblem(noRelative, noRelativeBody, 400);
        Assert.True(noRelativeBody.GetProperty("fields").TryGetProperty("relativeName", out _));

        var (_, view) = await manager.GetJsonAsync($"/api/returnees/{child}");
        Assert.Equal("arrived", view.Text("stage"));
        var custody = view.GetProperty("custody");
        Assert.Equal("handedToChildProtection", custody.Text("status"));
        Assert.Equal(2, custody.GetProperty("chain").GetArrayLength());
        Assert.Equal(present, await PresentAsync(manager));
    }

    [Fact]
    public async Task The_whole_chain_is_seen_live_and_reunification_closes_the_case_and_stops_the_clock()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        using var dif = await api.ClientAsync($"provider-{ChildProtection}");
        using var coordinator = await api.ClientAsync("coordinator");
        await using var feed = await api.WatchAsync($"manager-{Point}");
        await feed.InvokeAsync("SubscribePoint", Point);

        var child = await RegisterAsync(manager, Point, Minor(age: 14));
        await feed.WaitForAsync("pointUpdated", m => CustodyOf(m, child) == "awaitingReception");
        var (_, program) = await dif.GetJsonAsync($"/api/programs/{ChildProtection}");
        var listed = program.GetProperty("children").EnumerateArray().Single(c => c.Text("caseId") == child);
        Assert.Equal("receivedFromForeignAuthority", listed.Text("nextStep"));

        foreach (var (client, step, status) in new[]
        {
            (manager, "receivedFromForeignAuthority", "receivedFromForeignAuthority"),
            (manager, "handedToChildProtection", "handedToChildProtection"),
            (dif, "handoverConfirmed", "handoverConfirmed"),
        })
        {
            var (recorded, body) = await client.PostJsonAsync($"/api/returnees/{child}/custody", Step(step));
            Assert.Equal(201, (int)recorded.StatusCode);
            Assert.Equal(status, body.Text("status"));
            await feed.WaitForAsync("pointUpdated", m => CustodyOf(m, child) == status);
        }

        var (reunified, chain) = await dif.PostJsonAsync($"/api/returnees/{child}/custody",
            Step("reunified", relativeName: "María Hernández", relationship: "mother", identityDocument: "INE 123"));
        Assert.Equal(201, (int)reunified.StatusCode);
        Assert.Equal("reunified", chain.Text("status"));
        Assert.Equal(4, chain.GetProperty("chain").GetArrayLength());
        Assert.Equal(JsonValueKind.String, chain.GetProperty("stoppedAt").ValueKind);
        // The closed case leaves the point's queue on the feed.
        await feed.WaitForAsync("pointUpdated", m => m.TryGetProperty("queue", out var q) && q.EnumerateArray().All(e => e.Text("caseId") != child));

        var (_, first) = await coordinator.GetJsonAsync($"/api/returnees/{child}");
        Assert.Equal("departed", first.Text("stage"));
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        var (_, second) = await coordinator.GetJsonAsync($"/api/returnees/{child}");
        Assert.Equal(first.GetProperty("custody").GetProperty("elapsedHours").GetDouble(), second.GetProperty("custody").GetProperty("elapsedHours").GetDouble());
        Assert.Equal(first.GetProperty("custody").Text("stoppedAt"), second.GetProperty("custody").Text("stoppedAt"));
        Assert.False(second.GetProperty("custody").GetProperty("overdue").GetBoolean());
        var (_, after) = await dif.GetJsonAsync($"/api/programs/{ChildProtection}");
        Assert.DoesNotContain(after.GetProperty("children").EnumerateArray(), c => c.Text("caseId") == child);
        var (refused, refusedBody) = await dif.PostJsonAsync($"/api/returnees/{child}/custody", Step("placedInShelter"));
        HttpJson.AssertProblem(refused, refusedBody, 409);
    }

    /// <summary>The same chain once on PostgreSQL, with the refusals: each companion check, a step by the wrong role, an exit before the handover, a second handover.</summary>
    [Fact]
    public async Task On_postgres_the_chain_runs_and_closes_the_case()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase("custody");
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApiOnPostgres(connectionString, ReceptionHosts.NewDataFolder(), ports,
            new Dictionary<string, string> { ["Reception__SeedDemoData"] = "true" });
        await host.WaitUntilReadyAsync();
        using var manager = await SignInAsync(ports, $"manager-{Point}");
        using var dif = await SignInAsync(ports, $"provider-{ChildProtection}");

        using var other = await SignInAsync(ports, $"manager-{OtherPoint}");
        var young = await RegisterAsync(manager, Point, Minor(age: 9));
        var elsewhere = await RegisterAsync(other, OtherPoint, Workflow.Adult());
        var departed = await RegisterAsync(manager, Point, Workflow.Adult());
        Assert.True((await manager.PostJsonAsync($"/api/returnees/{departed}/departure", new { destinationState = "Jalisco" })).Response.IsSuccessStatusCode);
        var present = await PresentAsync(manager);
        foreach (var (companion, code) in new[]
        {
            (Reception.Contracts.Shared.CaseIds.New(), "companionNotFound"),
            (young, "companionNotAdult"),
            (elsewhere, "companionAtOtherPoint"),
            (departed, "companionNotPresent"),
        })
        {
            var (refused, refusedBody) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Minor(companion: companion, relationship: "father"));
            HttpJson.AssertProblem(refused, refusedBody, 400);
            Assert.Equal(code, refusedBody.GetProperty("fields").GetProperty("accompanyingCaseId")[0].Text("code"));
        }
        Assert.Equal(present, await PresentAsync(manager));
        var child = await RegisterAsync(manager, Point, Minor(age: 16));
        var (byProvider, byProviderBody) = await dif.PostJsonAsync($"/api/returnees/{child}/custody", Step("receivedFromForeignAuthority"));
        HttpJson.AssertProblem(byProvider, byProviderBody, 403);
        var (leave, leaveBody) = await manager.PostJsonAsync($"/api/returnees/{child}/departure", new { destinationState = "Sonora" });
        HttpJson.AssertProblem(leave, leaveBody, 409);
        Assert.Equal("custodyHandoverMissing", leaveBody.Text("code"));
        Assert.Equal(201, (int)(await manager.PostJsonAsync($"/api/returnees/{child}/custody", Step("receivedFromForeignAuthority"))).Response.StatusCode);
        Assert.Equal(201, (int)(await manager.PostJsonAsync($"/api/returnees/{child}/custody", Step("handedToChildProtection"))).Response.StatusCode);
        var (again, againBody) = await manager.PostJsonAsync($"/api/returnees/{child}/custody", Step("handedToChildProtection"));
        HttpJson.AssertProblem(again, againBody, 409);
        Assert.Equal(201, (int)(await dif.PostJsonAsync($"/api/returnees/{child}/custody", Step("handoverConfirmed"))).Response.StatusCode);
        var (done, _) = await dif.PostJsonAsync($"/api/returnees/{child}/custody",
            Step("reunified", relativeName: "José Hernández", relationship: "father", identityDocument: "INE 456"));
        Assert.Equal(201, (int)done.StatusCode);

        var (_, view) = await manager.GetJsonAsync($"/api/returnees/{child}");
        Assert.Equal("departed", view.Text("stage"));
        Assert.Equal("reunified", view.GetProperty("custody").Text("status"));
        Assert.Equal(4, view.GetProperty("custody").GetProperty("chain").GetArrayLength());
    }

    private static string? CustodyOf(JsonElement message, string caseId) =>
        message.TryGetProperty("queue", out var queue)
            ? queue.EnumerateArray().Where(e => e.Text("caseId") == caseId)
                .Select(e => e.TryGetProperty("custody", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null).FirstOrDefault()
            : null;

    private async Task<HttpClient> ClientAsync(string account, string language)
    {
        var client = await api.ClientAsync(account);
        if (language == "en")
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        }
        return client;
    }

    private static async Task<string> RegisterAsync(HttpClient manager, string point, object body)
    {
        var (response, receipt) = await manager.PostJsonAsync($"/api/points/{point}/arrivals", body);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, receipt.ToString());
        return receipt.Text("caseId");
    }

    private static async Task<int> PresentAsync(HttpClient manager)
    {
        var (_, detail) = await manager.GetJsonAsync($"/api/points/{Point}");
        return detail.Int("present");
    }

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
