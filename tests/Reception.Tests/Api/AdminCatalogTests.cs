using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Api;

/// <summary>
/// Issue #16: administrators define points and programs through <c>/api/admin</c> on the real host; every change is in the
/// catalog's event log, open dashboards hear <c>catalogChanged</c>, and deactivation stops new arrivals and referrals.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AdminCatalogTests(ApiHostFixture host)
{
    private static object Point(string code, string name = "Punto de prueba", string state = "Sonora", string timeZone = "America/Hermosillo", bool? active = null) => new
    {
        code, name, city = "Agua Prieta", state, kind = "landCrossing", timeZone, active,
        capacity = new { shelterBeds = 40, intakeDesks = 2, usualDailyArrivals = 15 },
    };

    private static object Program(string id, string[] points, bool? active = null) => new
    {
        id, name = "Asesoría de prueba", category = "legalAid", provider = "Defensoría de prueba", points, destinationStates = Array.Empty<string>(),
        dailyCapacity = 20, active,
    };

    [Fact]
    public async Task An_administrator_creates_and_changes_a_point_and_the_log_keeps_old_and_new()
    {
        using var admin = await host.ClientAsync("administrator");
        var code = "AP" + Random.Shared.Next(100, 999);

        var (created, summary) = await admin.PostJsonAsync("/api/admin/points", Point(code));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(code, summary.Text("code"));
        Assert.Equal("America/Hermosillo", summary.Text("timeZone"));
        Assert.True(summary.GetProperty("active").GetBoolean());
        var (_, points) = await admin.GetJsonAsync("/api/points");
        Assert.Contains(points.EnumerateArray(), p => p.Text("code") == code);

        var (replayed, _) = await admin.PostJsonAsync("/api/admin/points", Point(code));
        Assert.Equal(HttpStatusCode.Created, replayed.StatusCode);
        var (clash, clashBody) = await admin.PostJsonAsync("/api/admin/points", Point(code, name: "Otro nombre"));
        HttpJson.AssertProblem(clash, clashBody, 409);
        Assert.Equal("pointExists", clashBody.Text("code"));

        var (changed, changedBody) = await admin.PutJsonAsync($"/api/admin/points/{code}", Point(code, name: "Agua Prieta (puerta 2)"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Agua Prieta (puerta 2)", changedBody.Text("name"));

        var (_, events) = await admin.GetJsonAsync("/api/admin/catalog/events?limit=50");
        var mine = events.EnumerateArray().Where(e => e.Text("key") == code).ToList();
        Assert.Equal(["updated", "created"], mine.Select(e => e.Text("action")));
        Assert.All(mine, e => Assert.Equal("administrator", e.Text("userName")));
        var rename = Assert.Single(mine[0].GetProperty("changes").EnumerateArray());
        Assert.Equal(("name", "Punto de prueba", "Agua Prieta (puerta 2)"), (rename.Text("field"), rename.Text("old"), rename.Text("new")));
        // The log is the record's, not the catalog grain's state.
        Assert.Equal(["created", "updated"], await RecordedActionsAsync(code));
    }

    private async Task<List<string>> RecordedActionsAsync(string key)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataPath, "reception.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT action FROM reception_catalog_event WHERE key = $key ORDER BY sequence";
        command.Parameters.AddWithValue("$key", key);
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            actions.Add(reader.GetString(0));
        }
        return actions;
    }

    [Fact]
    public async Task A_wrong_point_is_refused_field_by_field_in_spanish_and_english_and_nothing_is_created()
    {
        using var admin = await host.ClientAsync("administrator");
        var bad = new
        {
            code = "BAD1", name = "", city = "Ciudad", state = "Texas", kind = "landCrossing", timeZone = "America/Nowhere",
            capacity = new { shelterBeds = -1, intakeDesks = 1 },
        };
        var (refused, body) = await admin.PostJsonAsync("/api/admin/points", bad);
        HttpJson.AssertProblem(refused, body, 400);
        var fields = body.GetProperty("fields").EnumerateObject().Select(f => f.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "name", "state", "timeZone", "capacity.shelterBeds" }, fields);

        admin.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var (refusedInEnglish, englishBody) = await admin.PostJsonAsync("/api/admin/points", bad);
        HttpJson.AssertProblem(refusedInEnglish, englishBody, 400);

        var (_, points) = await admin.GetJsonAsync("/api/points");
        Assert.DoesNotContain(points.EnumerateArray(), p => p.Text("code") == "BAD1");
        var (missing, missingBody) = await admin.PutJsonAsync("/api/admin/points/BAD1", Point("BAD1"));
        HttpJson.AssertProblem(missing, missingBody, 404);
    }

    [Fact]
    public async Task Only_administrators_define_the_catalog()
    {
        foreach (var user in new[] { "coordinator", "manager-TIJ", "provider-imss-salud" })
        {
            using var client = await host.ClientAsync(user);
            var (refused, body) = await client.PostJsonAsync("/api/admin/points", Point("NOPE"));
            HttpJson.AssertProblem(refused, body, 403);
            var (log, logBody) = await client.GetJsonAsync("/api/admin/catalog/events");
            HttpJson.AssertProblem(log, logBody, 403);
        }
    }

    [Fact]
    public async Task A_deactivated_point_takes_no_arrival_until_reactivated_and_dashboards_hear_of_it()
    {
        using var admin = await host.ClientAsync("administrator");
        using var manager = await host.ClientAsync("manager-SLR");
        await using var feed = await host.WatchAsync("coordinator");
        var changes = new List<JsonElement>();
        feed.Connection.On<JsonElement>("catalogChanged", message => { lock (changes) { changes.Add(message); } });
        var (_, points) = await admin.GetJsonAsync("/api/points");
        var definition = Definition(points.EnumerateArray().Single(p => p.Text("code") == "SLR"));
        try
        {
            var (deactivated, summary) = await admin.PutJsonAsync("/api/admin/points/SLR", definition with { Active = false });
            Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
            Assert.False(summary.GetProperty("active").GetBoolean());
            await Eventually.WaitUntilAsync(() => { lock (changes) { return Task.FromResult(changes.Count > 0); } }, "catalogChanged on the hub");

            var (refused, body) = await manager.PostJsonAsync("/api/points/SLR/arrivals", Workflow.Adult());
            HttpJson.AssertProblem(refused, body, 409);
            Assert.Equal("pointInactive", body.Text("code"));
        }
        finally
        {
            var (reactivated, _) = await admin.PutJsonAsync("/api/admin/points/SLR", definition with { Active = true });
            Assert.Equal(HttpStatusCode.OK, reactivated.StatusCode);
        }
        var (registered, _) = await manager.PostJsonAsync("/api/points/SLR/arrivals", Workflow.Adult());
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        var (_, events) = await admin.GetJsonAsync("/api/admin/catalog/events?limit=10");
        Assert.Equal(["reactivated", "deactivated"], events.EnumerateArray().Where(e => e.Text("key") == "SLR").Take(2).Select(e => e.Text("action")));
    }

    [Fact]
    public async Task A_program_must_serve_known_points_and_once_deactivated_takes_no_referral()
    {
        using var admin = await host.ClientAsync("administrator");
        using var manager = await host.ClientAsync("manager-SLR");
        var id = "asesoria-prueba-" + Random.Shared.Next(1000, 9999);

        var (unknown, unknownBody) = await admin.PostJsonAsync("/api/admin/programs", Program(id, ["ZZZ9"]));
        HttpJson.AssertProblem(unknown, unknownBody, 400);
        Assert.Equal("pointNotFound", unknownBody.GetProperty("fields").GetProperty("points")[0].Text("code"));

        var (created, _) = await admin.PostJsonAsync("/api/admin/programs", Program(id, ["SLR"]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var (_, arrival) = await manager.PostJsonAsync("/api/points/SLR/arrivals", Workflow.Adult());
        var caseId = arrival.Text("caseId");
        // The referral is not mandatory: the person's consent to share comes first (issue #16), so only activity decides.
        await manager.PutJsonAsync($"/api/returnees/{caseId}/consent/shareAssessment", new { given = true });

        var (deactivated, summary) = await admin.PutJsonAsync($"/api/admin/programs/{id}", Program(id, ["SLR"], active: false));
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False(summary.GetProperty("active").GetBoolean());
        var (refused, body) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = id });
        HttpJson.AssertProblem(refused, body, 409);
        Assert.Equal("programInactive", body.Text("code"));

        await admin.PutJsonAsync($"/api/admin/programs/{id}", Program(id, ["SLR"], active: true));
        var (referred, _) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = id });
        Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
    }

    private static PointBody Definition(JsonElement point) => new(
        point.Text("code"), point.Text("name"), point.Text("city"), point.Text("state"), point.Text("kind"), point.Text("timeZone"),
        JsonSerializer.Deserialize<JsonElement>(point.GetProperty("capacity").GetRawText()), point.GetProperty("active").GetBoolean());

    private sealed record PointBody(string Code, string Name, string City, string State, string Kind, string TimeZone, JsonElement Capacity, bool Active);
}
