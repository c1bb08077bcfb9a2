using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Reception.Contracts.Returnees;
using Reception.Silo.Hosting;

namespace Reception.Tests.Api;

/// <summary>
/// Issue #13 over HTTP: a returning person recognised at another crossing, linked and unlinked; searches within
/// each role's scope, each one in the access log; corrections and their CURP checks; a person's timeline.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PeopleApiTests(ApiHostFixture api)
{
    private static string UniqueSurname() => "Zu" + new string(Guid.NewGuid().ToByteArray().Take(7).Select(b => (char)('a' + b % 26)).ToArray());

    [Fact]
    public async Task A_person_returned_through_another_crossing_is_recognised_linked_searched_and_unlinked()
    {
        var surname = UniqueSurname();
        using var cjs = await api.ClientAsync("manager-CJS");
        using var nld = await api.ClientAsync("manager-NLD");
        using var coordinator = await api.ClientAsync("coordinator");
        var (firstResponse, first) = await cjs.PostJsonAsync("/api/points/CJS/arrivals",
            new { givenNames = "Ana Lucía", surnames = $"{surname} Quintero", sex = "female", dateOfBirth = "1992-03-04" });
        Assert.Equal(HttpStatusCode.Created, firstResponse.StatusCode);
        var variant = new { givenNames = "Ana Lucia", surnames = $"{surname} Quintero", sex = "female", dateOfBirth = "1992-04-03" };

        var listedBefore = await AccessesAsync("manager-NLD", "matchesListed");
        var (matchResponse, matches) = await nld.PostJsonAsync("/api/points/NLD/arrivals/matches", variant);
        Assert.Equal(HttpStatusCode.OK, matchResponse.StatusCode);
        Assert.Equal(first.Text("caseId"), matches[0].Text("caseId"));
        var listed = Assert.Single((await AccessesAsync("manager-NLD", "matchesListed")).Skip(listedBefore.Count));
        Assert.Equal(matches.GetArrayLength(), listed.Listed);
        var (secondResponse, second) = await nld.PostJsonAsync("/api/points/NLD/arrivals", variant);
        Assert.Equal(HttpStatusCode.Created, secondResponse.StatusCode);
        var candidate = second.GetProperty("possibleMatches")[0];
        Assert.Equal((first.Text("caseId"), first.Text("personId"), "CJS"), (candidate.Text("caseId"), candidate.Text("personId"), candidate.Text("pointCode")));
        Assert.True(candidate.GetProperty("likely").GetBoolean());
        Assert.Contains("dayMonthSwapped", candidate.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.NotEqual(first.Text("personId"), second.Text("personId"));

        var (linkResponse, linked) = await nld.PutJsonAsync($"/api/returnees/{second.Text("caseId")}/person", new { personId = first.Text("personId") });
        Assert.Equal(HttpStatusCode.OK, linkResponse.StatusCode);
        Assert.Equal(first.Text("personId"), linked.Text("personId"));
        var (_, timeline) = await nld.GetJsonAsync($"/api/people/{first.Text("personId")}");
        Assert.Equal([first.Text("caseId"), second.Text("caseId")], timeline.GetProperty("cases").EnumerateArray().Select(c => c.Text("caseId")));
        var (providerResponse, refused) = await (await api.ClientAsync("provider-ine-credencial")).GetJsonAsync($"/api/people/{first.Text("personId")}");
        HttpJson.AssertProblem(providerResponse, refused, 403);
        Assert.Equal("personNotVisible", refused.Text("code"));
        var (unknownResponse, unknown) = await nld.GetJsonAsync("/api/people/P0000000000");
        HttpJson.AssertProblem(unknownResponse, unknown, 404);

        // Each manager finds only their point's return; the coordinator both.
        var before = await AccessesAsync("manager-NLD", "casesSearched");
        var (_, mine) = await nld.GetJsonAsync($"/api/returnees?q={surname.ToUpperInvariant()}");
        Assert.Equal([second.Text("caseId")], Items(mine));
        var (_, all) = await coordinator.GetJsonAsync($"/api/returnees?q={surname}");
        Assert.Equal([second.Text("caseId"), first.Text("caseId")], Items(all));
        var (otherResponse, other) = await nld.GetJsonAsync($"/api/returnees?q={surname}&point=CJS");
        HttpJson.AssertProblem(otherResponse, other, 403);
        var logged = (await AccessesAsync("manager-NLD", "casesSearched")).Skip(before.Count).ToList();
        var entry = Assert.Single(logged);
        Assert.Equal(1, entry.Listed);
        Assert.Equal(surname.ToUpperInvariant(), JsonDocument.Parse(entry.Facts).RootElement.Text("q"));

        var (unlinkResponse, unlinked) = await nld.SendJsonAsync(HttpMethod.Delete, $"/api/returnees/{second.Text("caseId")}/person");
        Assert.Equal(HttpStatusCode.OK, unlinkResponse.StatusCode);
        Assert.NotEqual(first.Text("personId"), unlinked.Text("personId"));
    }

    [Fact]
    public async Task A_correction_is_checked_against_the_curp_and_then_found_by_its_new_name()
    {
        var surname = UniqueSurname();
        using var manager = await api.ClientAsync("manager-CJS");
        var (_, created) = await manager.PostJsonAsync("/api/points/CJS/arrivals",
            new { givenNames = "Jose", surnames = surname, sex = "male", estimatedAge = 33 });
        var caseId = created.Text("caseId");
        // A man born on 1990-05-01 in Jalisco.
        var curp = "PENJ900501HJCXXS0" + Curp.CheckDigit("PENJ900501HJCXXS0");

        var (refusedResponse, refused) = await manager.SendJsonAsync(HttpMethod.Patch, $"/api/returnees/{caseId}/registration",
            new { reason = "Mostró su INE", dateOfBirth = "1990-05-02", curp });
        HttpJson.AssertProblem(refusedResponse, refused, 400);
        Assert.Contains("1990-05-01", refused.GetProperty("errors").GetProperty("curp")[0].GetString());
        var (_, unchanged) = await manager.GetJsonAsync($"/api/returnees/{caseId}");
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("curp").ValueKind);

        var (okResponse, corrected) = await manager.SendJsonAsync(HttpMethod.Patch, $"/api/returnees/{caseId}/registration",
            new { reason = "Mostró su INE", givenNames = "José Luis", dateOfBirth = "1990-05-01", curp });
        Assert.Equal(HttpStatusCode.OK, okResponse.StatusCode);
        Assert.Equal(("José Luis", curp), (corrected.Text("givenNames"), corrected.Text("curp")));
        var (_, found) = await manager.GetJsonAsync($"/api/returnees?q=jose+luis+{surname}&dateOfBirth=1990-05-01");
        Assert.Equal([caseId], Items(found));
    }

    private static string[] Items(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.Text("caseId")).ToArray();

    private sealed record Access(int Listed, string Facts);

    private async Task<List<Access>> AccessesAsync(string actor, string action)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(api.DataPath, ReceptionSettings.SqliteFileName)};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT listed, facts FROM reception_access_log WHERE actor = $actor AND action = $action ORDER BY id";
        command.Parameters.AddWithValue("$actor", actor);
        command.Parameters.AddWithValue("$action", action);
        var entries = new List<Access>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            entries.Add(new Access(reader.GetInt32(0), reader.GetString(1)));
        }
        return entries;
    }
}
