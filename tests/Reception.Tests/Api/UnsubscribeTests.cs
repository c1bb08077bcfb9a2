using System.Net;
using Microsoft.AspNetCore.SignalR.Client;

namespace Reception.Tests.Api;

/// <summary>A closed view stops its feed: after UnsubscribePoint the connection gets no more of the point's messages.</summary>
[Collection(ApiCollection.Name)]
public sealed class UnsubscribeTests(ApiHostFixture api)
{
    // A point no other API test touches.
    private const string Point = "PNG";

    [Fact]
    public async Task After_UnsubscribePoint_a_connection_receives_nothing_more_from_that_point_while_another_still_does()
    {
        using var manager = await api.ClientAsync($"manager-{Point}");
        await using var closed = await api.WatchAsync($"manager-{Point}");
        await using var open = await api.WatchAsync($"manager-{Point}");
        await closed.InvokeAsync("SubscribePoint", Point);
        await open.InvokeAsync("SubscribePoint", Point);

        await closed.Connection.InvokeAsync("UnsubscribePoint", Point);
        var seenBefore = closed.Messages.Count;
        var (arrival, receipt) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", Workflow.Adult(surnames: "Treviño Garza"));
        Assert.Equal(HttpStatusCode.Created, arrival.StatusCode);

        await open.WaitForAsync("pointUpdated", m => m.Int("arrivedToday") >= 1);
        // The coalescing interval is 250 ms: anything still addressed to the closed view would have arrived by now.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(closed.Messages.Skip(seenBefore), m => m.Kind == "pointUpdated");
        Assert.NotNull(receipt.Text("caseId"));
    }
}
