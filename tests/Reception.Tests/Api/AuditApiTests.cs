using System.Net;
using System.Text.Json;

namespace Reception.Tests.Api;

/// <summary><c>GET /api/returnees/{caseId}/audit</c>: pages of a case's trail, newest first, who may read them, and that reading them is recorded.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditApiTests(ApiHostFixture api)
{
    private const string Point = "REX";
    private const string Program = "imss-salud";

    [Fact]
    public async Task Pages_come_newest_first_and_the_cursor_walks_the_whole_trail_without_gap_or_repeat()
    {
        var caseId = await ReferredCaseAsync();
        using var manager = await api.ClientAsync($"manager-{Point}");
        for (var i = 0; i < 3; i++)
        {
            await manager.GetJsonAsync($"/api/returnees/{caseId}");
        }

        var sequences = new List<long>();
        var path = $"/api/returnees/{caseId}/audit?limit=3";
        for (var pages = 0; path is not null; pages++)
        {
            Assert.True(pages < 50, "the cursor should reach the end of the trail");
            var (response, page) = await manager.GetJsonAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(caseId, page.Text("caseId"));
            var entries = page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToList();
            Assert.InRange(entries.Count, 1, 3);
            sequences.AddRange(entries);

            var nextBefore = page.GetProperty("nextBefore");
            var link = response.Headers.TryGetValues("Link", out var links) ? links.Single() : null;
            if (nextBefore.ValueKind == JsonValueKind.Null)
            {
                Assert.Null(link);
                path = null;
                continue;
            }
            Assert.Equal(3, entries.Count);
            path = $"/api/returnees/{caseId}/audit?before={nextBefore.GetInt64()}&limit=3";
            Assert.Equal($"<{path}>; rel=\"next\"", link);
        }

        // Newest first across pages, each sequence once, down to the first event.
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(s => (long)s).Reverse(), sequences);
        // Registration, the referral, three reads of the case and the first read of the trail.
        Assert.True(sequences.Count >= 6, $"events walked: {sequences.Count}");
    }

    [Fact]
    public async Task Without_a_limit_a_page_holds_the_default_number_of_entries_and_before_filters_older_ones()
    {
        var caseId = await ReferredCaseAsync();
        using var manager = await api.ClientAsync($"manager-{Point}");
        var (_, whole) = await manager.GetJsonAsync($"/api/returnees/{caseId}/audit");
        var newest = whole.GetProperty("entries")[0].GetProperty("sequence").GetInt64();
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("nextBefore").ValueKind);

        var (_, older) = await manager.GetJsonAsync($"/api/returnees/{caseId}/audit?before={newest}");
        Assert.All(older.GetProperty("entries").EnumerateArray(), e => Assert.True(e.GetProperty("sequence").GetInt64() < newest));
        Assert.Equal(newest - 1, older.GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("es", "limit=0", "limit", "outOfRange")]
    [InlineData("en", "limit=0", "limit", "outOfRange")]
    [InlineData("es", "limit=501", "limit", "outOfRange")]
    [InlineData("en", "limit=501", "limit", "outOfRange")]
    [InlineData("es", "before=0", "before", "tooSmall")]
    [InlineData("en", "before=-4", "before", "tooSmall")]
    [InlineData("es", "limit=muchos", "limit", "wrongType")]
    [InlineData("en", "before=1.5", "before", "wrongType")]
    public async Task A_bad_limit_or_cursor_is_a_worded_validation_problem(string language, string query, string field, string code)
    {
        var caseId = await ReferredCaseAsync();
        using var manager = await api.ClientAsync($"manager-{Point}");
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var (response, problem) = await manager.GetJsonAsync($"/api/returnees/{caseId}/audit?{query}");

        HttpJson.AssertProblem(response, problem, 400);
        Assert.Equal("validation", problem.Text("code"));
        Assert.Equal(code, problem.GetProperty("fields").GetProperty(field)[0].Text("code"));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task A_provider_of_a_referred_program_is_refused_the_trail_with_its_own_code(string language)
    {
        var caseId = await ReferredCaseAsync();
        using var provider = await api.ClientAsync($"provider-{Program}");
        provider.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var (response, problem) = await provider.GetJsonAsync($"/api/returnees/{caseId}/audit");

        HttpJson.AssertProblem(response, problem, 403);
        Assert.Equal("auditNotForProviders", problem.Text("code"));
        Assert.Equal(caseId, problem.GetProperty("parameters").Text("caseId"));
    }

    [Fact]
    public async Task A_manager_of_another_point_is_refused_the_trail()
    {
        var caseId = await ReferredCaseAsync();
        using var other = await api.ClientAsync("manager-OJI");

        var (response, problem) = await other.GetJsonAsync($"/api/returnees/{caseId}/audit");

        HttpJson.AssertProblem(response, problem, 403);
        Assert.Equal("caseNotVisible", problem.Text("code"));
    }

    [Fact]
    public async Task The_coordinator_reads_the_trail_and_the_read_is_recorded_for_the_next_reader()
    {
        var caseId = await ReferredCaseAsync();
        using var coordinator = await api.ClientAsync("coordinator");
        using var manager = await api.ClientAsync($"manager-{Point}");

        var (read, page) = await coordinator.GetJsonAsync($"/api/returnees/{caseId}/audit");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains(page.GetProperty("entries").EnumerateArray(), e => e.Text("action") == "registered");

        var (_, next) = await manager.GetJsonAsync($"/api/returnees/{caseId}/audit");
        Assert.Contains(next.GetProperty("entries").EnumerateArray(), e => e.Text("userName") == "coordinator" && e.Text("action") == "viewed"
            && e.GetProperty("facts").Text("what") == "audit");
    }

    private async Task<string> ReferredCaseAsync()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        var (_, receipt) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult());
        var caseId = receipt.Text("caseId");
        await manager.ConsentAsync(caseId);
        var (referred, _) = await manager.PostJsonAsync($"/api/returnees/{caseId}/referrals", new { programId = Program });
        Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
        return caseId;
    }
}
