using System.Net;
using System.Text.Json;

namespace Reception.Tests.Api;

/// <summary>A point's live message carries what the point view draws, so an open view never reads the detail again.</summary>
[Collection(ApiCollection.Name)]
public sealed class PointFeedTests(ApiHostFixture api)
{
    // A point no other API test touches.
    private const string Point = "SLR";

    [Fact]
    public async Task An_arrival_reaches_a_subscriber_as_a_pointUpdated_carrying_the_queue_as_the_detail_builds_it()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        await using var feed = await api.WatchAsync($"manager-{Point}");
        var snapshot = await feed.InvokeAsync("SubscribePoint", Point);

        var (arrival, receipt) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult("Ximena", "Quiroz Lara"));
        Assert.Equal(HttpStatusCode.Created, arrival.StatusCode);
        var caseId = receipt.Text("caseId");
        var message = (await feed.WaitForAsync("pointUpdated", m => CaseIds(m).Contains(caseId))).Body;
        var (_, detail) = await manager.GetJsonAsync($"/api/points/{Point}");

        Assert.Equal(CaseIds(detail), CaseIds(message));
        Assert.Equal(Fields(detail.GetProperty("queue")[0]), Fields(message.GetProperty("queue")[0]));
        Assert.Equal("Ximena", message.GetProperty("queue").EnumerateArray().Single(e => e.Text("caseId") == caseId).Text("givenNames"));
        Assert.Equal(snapshot.Int("present") + 1, message.Int("present"));
        Assert.Equal(detail.Int("queueTotal"), message.Int("queueTotal"));
        Assert.Equal(detail.GetProperty("waits").GetProperty("waiting").GetInt32(), message.GetProperty("waits").GetProperty("waiting").GetInt32());
        // The summary's fields stand at the top, as in the detail and the snapshot.
        Assert.Empty(Fields(message).Except(Fields(detail)).Except(["sequence"]));
    }

    [Fact]
    public async Task A_change_that_moves_nobody_sends_the_summary_without_the_queue()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        await using var feed = await api.WatchAsync($"manager-{Point}");
        var snapshot = await feed.InvokeAsync("SubscribePoint", Point);
        await Task.Delay(ApiHostFixture.Interval * 3); // anything still in flight from an earlier change
        var beds = snapshot.GetProperty("capacity").Int("shelterBeds") + 1;

        var (changed, _) = await manager.PutJsonAsync($"/api/points/{Point}/capacity", new { shelterBeds = beds, intakeDesks = 2, usualDailyArrivals = 40 });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var message = (await feed.WaitForAsync("pointUpdated", m => m.GetProperty("capacity").Int("shelterBeds") == beds)).Body;

        Assert.False(message.TryGetProperty("queue", out _), message.ToString());
        Assert.False(message.TryGetProperty("notices", out _), message.ToString());
        Assert.Equal(snapshot.Int("queueTotal"), message.Int("queueTotal"));
    }

    private static string[] CaseIds(JsonElement body) =>
        body.TryGetProperty("queue", out var queue) ? queue.EnumerateArray().Select(e => e.Text("caseId")).ToArray() : [];

    private static string[] Fields(JsonElement element) => element.EnumerateObject().Select(p => p.Name).Order().ToArray();
}
