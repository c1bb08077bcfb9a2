using System.Net;
using System.Text.Json;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Api;

/// <summary>
/// Issue #18 over HTTP: every answer that carries a moment of a case also carries the IANA zone of that case's point
/// (the point profile's time zone), so a screen shows it in the point's clock: the case, the constancia, an earlier
/// return offered or listed at another point, a search result and a referral in a provider's queue.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PointZoneApiTests(ApiHostFixture api)
{
    private const string Tijuana = "America/Tijuana";
    private const string MexicoCity = "America/Mexico_City";

    [Fact]
    public async Task Every_moment_of_a_case_comes_with_the_zone_of_its_own_point()
    {
        var surname = "Zona" + new string(Guid.NewGuid().ToByteArray().Take(7).Select(b => (char)('a' + b % 26)).ToArray());
        using var mex = await api.ClientAsync("manager-MEX");
        using var tij = await api.ClientAsync("manager-TIJ");
        using var coordinator = await api.ClientAsync("coordinator");
        using var provider = await api.ClientAsync("provider-imss-salud");
        var person = new { givenNames = "Irma", surnames = surname, sex = "female", dateOfBirth = "1987-05-06" };
        var (_, earlier) = await mex.PostJsonAsync("/api/points/MEX/arrivals", person);
        var (created, arrival) = await tij.PostJsonAsync("/api/points/TIJ/arrivals",
            new { person.givenNames, person.surnames, person.sex, person.dateOfBirth, vulnerabilities = new[] { "medicalUrgency" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var caseId = arrival.Text("caseId");

        var candidate = arrival.GetProperty("possibleMatches").EnumerateArray().Single(m => m.Text("caseId") == earlier.Text("caseId"));
        Assert.Equal(MexicoCity, candidate.Text("timeZone"));

        var (_, linked) = await tij.PutJsonAsync($"/api/returnees/{caseId}/person", new { personId = earlier.Text("personId") });
        Assert.Equal(Tijuana, linked.Text("timeZone"));
        Assert.Equal((earlier.Text("caseId"), MexicoCity), (linked.GetProperty("recentReturn").Text("caseId"), linked.GetProperty("recentReturn").Text("timeZone")));

        var (_, view) = await tij.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal(Tijuana, view.Text("timeZone"));
        var (_, constancia) = await tij.GetJsonAsync($"/api/returnees/{caseId}/constancia");
        Assert.Equal(Tijuana, constancia.Text("timeZone"));

        var (_, timeline) = await tij.GetJsonAsync($"/api/people/{earlier.Text("personId")}");
        Assert.Equal([("MEX", MexicoCity), ("TIJ", Tijuana)],
            timeline.GetProperty("cases").EnumerateArray().Select(c => (c.Text("pointCode"), c.Text("timeZone"))));

        var (_, found) = await coordinator.GetJsonAsync($"/api/returnees?q={surname}");
        Assert.Equal([(caseId, Tijuana), (earlier.Text("caseId"), MexicoCity)],
            found.GetProperty("items").EnumerateArray().Select(i => (i.Text("caseId"), i.Text("timeZone"))));

        JsonElement? queued = null;
        await Eventually.WaitUntilAsync(async () =>
        {
            var (_, program) = await provider.GetJsonAsync("/api/programs/imss-salud");
            queued = program.GetProperty("queue").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(q => q!.Value.Text("caseId") == caseId);
            return queued is not null;
        }, "the referral in the provider's queue");
        Assert.Equal(Tijuana, queued!.Value.Text("timeZone"));
    }
}
