using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Api;

/// <summary>
/// Issue #16's acceptance through HTTP, on SQLite (the shared host) and on PostgreSQL: a referral refused without
/// consent with a worded problem, accepted with an override whose reason is in the event log, a provider's view
/// narrowed to its category's flags, redacted on the next read after a withdrawal, and refused once access ended.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsentApiTests(ApiHostFixture api)
{
    // A point no other API test touches.
    private const string Point = "ACN";
    private const string Documents = "registro-civil-actas";

    private static readonly object Person = new
    {
        givenNames = "Lucía",
        surnames = "Ramos Vega",
        sex = "female",
        estimatedAge = 29,
        vulnerabilities = new[] { "violenceVictim", "disability" },
        privacyNoticeGiven = true,
    };

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task On_sqlite_consent_gates_referrals_and_narrows_what_providers_see(string language)
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        using var registrar = await api.ClientAsync($"provider-{Documents}");
        using var coordinator = await api.ClientAsync("coordinator");
        foreach (var client in new[] { manager, registrar })
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        await AssertConsentFlowAsync(manager, registrar, coordinator, Point);
    }

    [Fact]
    public async Task Unknown_purposes_and_overrides_without_a_reason_answer_400_and_change_nothing()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var caseId = await RegisterAsync(manager, Point);
        var (before, _) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var (purpose, purposeBody) = await manager.PutJsonAsync($"/api/returnees/{caseId}/consent/marketing", new { given = true });
        HttpJson.AssertProblem(purpose, purposeBody, 400);
        Assert.Equal("notOneOf", purposeBody.GetProperty("fields").GetProperty("purpose")[0].Text("code"));
        var (given, givenBody) = await manager.PutJsonAsync($"/api/returnees/{caseId}/consent/shareAssessment", new { note = "no decision" });
        HttpJson.AssertProblem(given, givenBody, 400);
        Assert.True(givenBody.GetProperty("fields").TryGetProperty("given", out _));
        var (reason, reasonBody) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = Documents, consentOverride = new { reason = " " } });
        HttpJson.AssertProblem(reason, reasonBody, 400);
        Assert.True(reasonBody.GetProperty("fields").TryGetProperty("consentOverride.reason", out _), reasonBody.ToString());

        var (_, view) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Empty(view.GetProperty("referrals").EnumerateArray());
        Assert.Empty(view.GetProperty("consents").EnumerateArray());
    }

    [Fact]
    public async Task On_postgres_consent_gates_referrals_and_a_providers_access_ends_after_the_referral_closes()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase("consent");
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApiOnPostgres(connectionString, ReceptionHosts.NewDataFolder(), ports,
            new Dictionary<string, string>
            {
                ["Reception__SeedDemoData"] = "true",
                ["Reception__Privacy__ProviderAccessAfterClose"] = "00:00:03",
            });
        await host.WaitUntilReadyAsync();
        using var manager = await SignInAsync(ports, "manager-TIJ");
        using var registrar = await SignInAsync(ports, $"provider-{Documents}");
        using var coordinator = await SignInAsync(ports, "coordinator");

        var caseId = await AssertConsentFlowAsync(manager, registrar, coordinator, "TIJ");

        var (_, view) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        var referralId = view.GetProperty("referrals").EnumerateArray().First(r => r.Text("programId") == Documents).Text("referralId");
        var (declined, declinedBody) = await registrar.PostJsonAsync($"/api/programs/{Documents}/referrals/{referralId}/decline", new { reason = "Has the documents" });
        Assert.True(declined.IsSuccessStatusCode, declinedBody.ToString());
        Assert.Equal(HttpStatusCode.OK, (await registrar.GetJsonAsync($"/api/returnees/{caseId}")).Response.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var (ended, endedBody) = await registrar.GetJsonAsync($"/api/returnees/{caseId}");
        HttpJson.AssertProblem(ended, endedBody, 403);
        Assert.Equal("providerAccessEnded", endedBody.Text("code"));
    }

    /// <summary>The acceptance points on one host; returns the case, referred to <see cref="Documents"/> with an override.</summary>
    private static async Task<string> AssertConsentFlowAsync(HttpClient manager, HttpClient registrar, HttpClient coordinator, string point)
    {
        var caseId = await RegisterAsync(manager, point);

        // Refused without consent, with a message that says what to do; nothing is referred.
        var (refused, problem) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = Documents });
        HttpJson.AssertProblem(refused, problem, 409);
        Assert.Equal("consentRequired", problem.Text("code"));
        Assert.Contains(Documents, problem.Text("detail"), StringComparison.Ordinal);
        var (_, unchanged) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Empty(unchanged.GetProperty("referrals").EnumerateArray());

        // With an override: accepted, and the reason is in the event log.
        var (created, referral) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals",
            new { programId = Documents, consentOverride = new { reason = "Needs a birth certificate to board the bus today" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("override", "Needs a birth certificate to board the bus today"), (referral.Text("basis"), referral.Text("overrideReason")));
        var events = await EventsAsync(coordinator, caseId);
        Assert.Contains(events, e => e.Text("action") == "referred" && e.GetProperty("facts").Text("overrideReason") == "Needs a birth certificate to board the bus today"
            && e.Text("userName") == $"manager-{point}");
        Assert.Contains(events, e => e.Text("action") == "registered" && e.GetProperty("facts").Text("privacyNotice") == "given");

        // Without consent the documents program sees none of the person's flags (documents needs none), nor the assessment.
        var (_, redacted) = await registrar.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.True(redacted.GetProperty("redacted").GetBoolean());
        Assert.Empty(redacted.GetProperty("flags").EnumerateArray());
        var (_, whole) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal(2, whole.GetProperty("flags").GetArrayLength());
        Assert.True(whole.GetProperty("privacyNoticeGiven").GetBoolean());

        // Consent given: the provider sees the flags; withdrawn: the next read is redacted again.
        Assert.True((await manager.PutJsonAsync($"/api/returnees/{caseId}/consent/shareAssessment", new { given = true })).Response.IsSuccessStatusCode);
        var (_, shared) = await registrar.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal(2, shared.GetProperty("flags").GetArrayLength());
        var (withdrawn, afterWithdrawal) = await manager.PutJsonAsync($"/api/returnees/{caseId}/consent/shareAssessment", new { given = false, note = "Changed their mind" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var consent = afterWithdrawal.GetProperty("consents").EnumerateArray().Single(c => c.Text("purpose") == "shareAssessment");
        Assert.False(consent.GetProperty("given").GetBoolean());
        Assert.Equal($"manager-{point}", consent.Text("recordedBy"));
        Assert.Equal(JsonValueKind.String, consent.GetProperty("withdrawnAt").ValueKind);
        var (_, again) = await registrar.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Empty(again.GetProperty("flags").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("assessment").ValueKind);
        var trail = await EventsAsync(coordinator, caseId);
        Assert.Contains(trail, e => e.Text("action") == "consentGiven" && e.GetProperty("facts").Text("purpose") == "shareAssessment");
        Assert.Contains(trail, e => e.Text("action") == "consentWithdrawn" && e.GetProperty("facts").Text("note") == "Changed their mind");
        return caseId;
    }

    private static async Task<List<JsonElement>> EventsAsync(HttpClient coordinator, string caseId)
    {
        var (response, page) = await coordinator.GetJsonAsync($"/api/returnees/{caseId}/audit?limit=500");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.GetProperty("entries").EnumerateArray().ToList();
    }

    private static async Task<string> RegisterAsync(HttpClient manager, string point)
    {
        var (response, receipt) = await manager.PostJsonAsync($"/api/points/{point}/arrivals", Person);
        Assert.True(response.StatusCode == HttpStatusCode.Created, receipt.ToString());
        return receipt.Text("caseId");
    }

    private static async Task<HttpClient> SignInAsync(ReceptionHosts.Ports ports, string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.TokenAsync(ports.BaseUrl, userName));
        return client;
    }
}
