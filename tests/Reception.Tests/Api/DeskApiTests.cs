using System.Net;

namespace Reception.Tests.Api;

/// <summary>
/// Issue #18's desk contract over HTTP: 50 desks calling "next" at the same moment never get the same person and
/// between them get exactly the most urgent people waiting; a person called by name and sent back.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DeskApiTests(ApiHostFixture api)
{
    // A point whose queue and alert no other API test checks (CustodyApiTests only uses it as "another point").
    private const string Point = "MEX";

    [Fact]
    public async Task Fifty_desks_calling_at_once_get_fifty_different_people_the_most_urgent_first()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        // Anyone already waiting here (CustodyApiTests registers adults) is less urgent than the children.
        // 40 adults and 20 unaccompanied children (urgent): every child must be among the 50 called.
        var children = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            var (response, body) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", i % 3 == 0
                ? new { givenNames = "Niño", surnames = $"Escritorio {(char)('A' + i % 26)}", sex = "male", estimatedAge = 10 }
                : Workflow.Adult("Adulta", $"Escritorio {(char)('A' + i % 26)}"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            if (i % 3 == 0)
            {
                children.Add(body.Text("caseId"));
            }
        }

        var calls = await Task.WhenAll(Enumerable.Range(1, 50).Select(desk => manager.PostJsonAsync($"/api/points/{Point}/desks/{desk}/next")));

        Assert.All(calls, call => Assert.Equal(HttpStatusCode.OK, call.Response.StatusCode));
        var called = calls.Select(c => c.Body.Text("caseId")).ToList();
        Assert.Equal(called.Count, called.Distinct().Count());
        Assert.Subset(called.ToHashSet(), children.ToHashSet());
        var (_, detail) = await manager.GetJsonAsync($"/api/points/{Point}");
        var desks = detail.GetProperty("queue").EnumerateArray()
            .Where(q => q.TryGetProperty("desk", out var d) && d.ValueKind == System.Text.Json.JsonValueKind.String)
            .ToDictionary(q => q.Text("caseId"), q => q.Text("desk"));
        Assert.Equal(calls.ToDictionary(c => c.Body.Text("caseId"), c => c.Body.Text("desk")), desks);

        // Called by name to another desk, then sent back to the queue.
        var adult = calls.First(c => c.Body.Text("priority") == "normal").Body.Text("caseId");
        var (byName, call) = await manager.PostJsonAsync($"/api/returnees/{adult}/desk", new { desk = "60" });
        Assert.Equal((HttpStatusCode.OK, "60"), (byName.StatusCode, call.Text("desk")));
        var (back, _) = await manager.SendJsonAsync(HttpMethod.Delete, $"/api/returnees/{adult}/desk");
        Assert.Equal(HttpStatusCode.NoContent, back.StatusCode);
        var (_, after) = await manager.GetJsonAsync($"/api/points/{Point}");
        var entry = after.GetProperty("queue").EnumerateArray().Single(q => q.Text("caseId") == adult);
        Assert.True(!entry.TryGetProperty("desk", out var desk) || desk.ValueKind == System.Text.Json.JsonValueKind.Null);
    }
}
