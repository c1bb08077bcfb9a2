using System.Net;

namespace Reception.Tests.Api;

/// <summary>An alert-level change reaches the point's feed and the national feed, once each.</summary>
[Collection(ApiCollection.Name)]
public sealed class AlertFeedTests(ApiHostFixture api)
{
    // A point few API tests touch (ConsentApiTests registers cases there too, so counts there are not this test's alone).
    private const string Point = "ACN";

    [Fact]
    public async Task Capacity_overrun_raises_one_alertChanged_on_the_point_feed_and_one_on_the_national_feed()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        await using var pointFeed = await api.WatchAsync($"manager-{Point}");
        await using var nationalFeed = await api.WatchAsync("coordinator");
        await pointFeed.InvokeAsync("SubscribePoint", Point);
        await nationalFeed.InvokeAsync("SubscribeNational");

        var (capacity, _) = await manager.PutJsonAsync($"/api/points/{Point}/capacity", new { shelterBeds = 1, intakeDesks = 1, usualDailyArrivals = 10 });
        Assert.Equal(HttpStatusCode.OK, capacity.StatusCode);
        for (var i = 0; i < 2; i++)
        {
            var (arrival, _) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult(surnames: i == 0 ? "Ruiz Soto" : "Vega Luna"));
            Assert.Equal(HttpStatusCode.Created, arrival.StatusCode);
        }

        static bool Critical(System.Text.Json.JsonElement m) => m.Text("pointCode") == Point && m.Text("current") == "critical";
        await pointFeed.WaitForAsync("alertChanged", Critical);
        await nationalFeed.WaitForAsync("alertChanged", Critical);
        // Both grains have reported by now; wait past the national grain's next push so a duplicate would show.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Single(pointFeed.Messages, m => m.Kind == "alertChanged" && Critical(m.Body));
        Assert.Single(nationalFeed.Messages, m => m.Kind == "alertChanged" && Critical(m.Body));
        // The change says why, as the summary does, so a screen can word the reason beside the new badge at once.
        foreach (var feed in new[] { pointFeed, nationalFeed })
        {
            var reason = feed.Messages.Single(m => m.Kind == "alertChanged" && Critical(m.Body)).Body.GetProperty("alertReason");
            Assert.Equal("presentAtBeds", reason.Text("kind"));
            // At least this test's two arrivals are present (another suite's cases may share the point) against one bed.
            Assert.True(reason.GetProperty("present").GetInt32() >= 2, reason.ToString());
            Assert.Equal(1, reason.GetProperty("beds").GetInt32());
        }
    }
}
