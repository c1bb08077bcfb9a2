using System.Net;

namespace Reception.Tests.Api;

/// <summary>
/// Issue #16's rights over HTTP: the constancia of a case, its anonymous verification (genuine for the real folio and
/// code, refused for a forged code or folio), a person's export (coordinators only, itself in the access log) and the
/// anonymisation on request (refused while the case is open, then done once).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RightsApiTests(ApiHostFixture api)
{
    [Fact]
    public async Task A_constancia_verifies_with_its_code_and_a_forged_one_is_refused()
    {
        using var manager = await api.ClientAsync("manager-TIJ");
        var (_, created) = await manager.PostJsonAsync("/api/points/TIJ/arrivals", new { givenNames = "Dolores", surnames = "Ibarra Félix", sex = "female", estimatedAge = 41 });
        var caseId = created.Text("caseId");

        var (response, constancia) = await manager.GetJsonAsync($"/api/returnees/{caseId}/constancia");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (folio, code) = (constancia.Text("folio"), constancia.Text("code"));
        Assert.Equal((created.Text("certificateNumber"), "Dolores", "TIJ"), (folio, constancia.Text("givenNames"), constancia.Text("pointCode")));
        var (_, again) = await manager.GetJsonAsync($"/api/returnees/{caseId}/constancia");
        Assert.Equal(code, again.Text("code"));

        var (genuineResponse, genuine) = await api.Anonymous.GetJsonAsync($"/api/verify/{folio}?code={code}");
        Assert.Equal(HttpStatusCode.OK, genuineResponse.StatusCode);
        Assert.True(genuine.GetProperty("genuine").GetBoolean());
        Assert.Equal((folio, "TIJ", "Tijuana (El Chaparral)", "D. I. F."), (genuine.Text("folio"), genuine.Text("pointCode"), genuine.Text("pointName"), genuine.Text("initials")));
        Assert.DoesNotContain("Dolores", genuine.GetRawText(), StringComparison.Ordinal);

        var forgedCode = (code[0] == 'A' ? "B" : "A") + code[1..];
        foreach (var path in new[] { $"/api/verify/{folio}?code={forgedCode}", $"/api/verify/{folio[..^1]}{(folio[^1] == '0' ? '1' : '0')}?code={code}", $"/api/verify/TIJ-20260101-0000000000?code={code}" })
        {
            var (forgedResponse, forged) = await api.Anonymous.GetJsonAsync(path);
            HttpJson.AssertProblem(forgedResponse, forged, 404);
            Assert.Equal("constanciaNotGenuine", forged.Text("code"));
        }
        var (providerResponse, _) = await (await api.ClientAsync("provider-ine-credencial")).GetJsonAsync($"/api/returnees/{caseId}/constancia");
        Assert.Equal(HttpStatusCode.Forbidden, providerResponse.StatusCode);
    }

    [Fact]
    public async Task A_person_is_exported_by_coordinators_and_anonymised_on_request_once_the_case_is_closed()
    {
        using var manager = await api.ClientAsync("manager-TIJ");
        using var coordinator = await api.ClientAsync("coordinator");
        var (_, created) = await manager.PostJsonAsync("/api/points/TIJ/arrivals", new { givenNames = "Teodomiro", surnames = "Anaya Ruelas", sex = "male", estimatedAge = 52 });
        var (caseId, personId) = (created.Text("caseId"), created.Text("personId"));

        var (refusedExport, refusal) = await manager.GetJsonAsync($"/api/people/{personId}/export");
        HttpJson.AssertProblem(refusedExport, refusal, 403);
        var (exportResponse, export) = await coordinator.GetJsonAsync($"/api/people/{personId}/export");
        Assert.Equal(HttpStatusCode.OK, exportResponse.StatusCode);
        var exported = Assert.Single(export.GetProperty("cases").EnumerateArray());
        Assert.Equal("Teodomiro", exported.GetProperty("case").Text("givenNames"));
        Assert.Contains(exported.GetProperty("events").EnumerateArray(), e => e.Text("action") == "registered");
        Assert.Contains(export.GetProperty("accessLog").EnumerateArray(), e => e.Text("action") == "personExported" && e.Text("actor") == "coordinator");

        var (openResponse, open) = await coordinator.PostJsonAsync($"/api/people/{personId}/anonymise", new { reason = "cancellation" });
        HttpJson.AssertProblem(openResponse, open, 409);
        Assert.Equal("caseStillOpen", open.Text("code"));
        var (badResponse, bad) = await coordinator.PostJsonAsync($"/api/people/{personId}/anonymise", new { reason = "retention" });
        HttpJson.AssertProblem(badResponse, bad, 400);

        await manager.PostJsonAsync($"/api/returnees/{caseId}/departure", new { destinationState = "Sinaloa" });
        var (doneResponse, done) = await coordinator.PostJsonAsync($"/api/people/{personId}/anonymise", new { reason = "cancellation", requestedBy = "person" });
        Assert.Equal(HttpStatusCode.OK, doneResponse.StatusCode);
        Assert.False(Assert.Single(done.GetProperty("cases").EnumerateArray()).GetProperty("alreadyAnonymised").GetBoolean());
        var (_, after) = await coordinator.GetJsonAsync($"/api/people/{personId}/export");
        Assert.DoesNotContain("Teodomiro", after.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Anaya", after.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_retention_preview_is_for_coordinators()
    {
        using var coordinator = await api.ClientAsync("coordinator");
        var (response, preview) = await coordinator.GetJsonAsync("/api/admin/retention/preview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(preview.GetProperty("dryRun").GetBoolean());
        Assert.Equal(5, preview.Int("yearsAfterExit"));
        var (refused, problem) = await (await api.ClientAsync("manager-TIJ")).GetJsonAsync("/api/admin/retention/preview");
        HttpJson.AssertProblem(refused, problem, 403);
    }
}
