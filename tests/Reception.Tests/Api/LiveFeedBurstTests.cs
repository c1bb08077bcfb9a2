using System.Net;

namespace Reception.Tests.Api;

/// <summary>A surge does not become a message storm: updates are coalesced, and the last one is complete.</summary>
[Collection(ApiCollection.Name)]
public sealed class LiveFeedBurstTests(ApiHostFixture api)
{
    private const int Arrivals = 500;

    // Names may hold only letters: 0 → "A", 27 → "BB".
    private static string Letters(int n) => new string((char)('A' + n % 26), 1 + n / 26);

    [Fact]
    public async Task During_a_burst_of_500_arrivals_a_subscriber_gets_a_bounded_number_of_messages_and_the_last_reflects_all()
    {
        using var manager = await api.ClientAsync("manager-REX");
        await using var feed = await api.WatchAsync("coordinator");
        var snapshot = await feed.InvokeAsync("SubscribePoint", "REX");
        var before = snapshot.Int("arrivedToday");
        var started = feed.Now;

        using var gate = new SemaphoreSlim(16);
        var arrivals = Enumerable.Range(0, Arrivals).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var (response, body) = await manager.PostJsonAsync("/api/points/REX/arrivals", Workflow.Adult($"Persona {Letters(i)}", "Oleada"));
                Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(arrivals);

        var last = await feed.WaitForAsync("pointUpdated", m => m.Int("arrivedToday") == before + Arrivals, TimeSpan.FromSeconds(15));
        await Task.Delay(ApiHostFixture.Interval * 4); // anything still in flight
        var updates = feed.Messages.Where(m => m.Kind == "pointUpdated").ToArray();
        var seconds = (updates[^1].At - started).TotalSeconds;

        // Bounded: never one per arrival; at most the configured rate (one extra for the window's edges).
        Assert.True(updates.Length < Arrivals / 5, $"{updates.Length} updates for {Arrivals} arrivals");
        var bound = ApiHostFixture.MessagesPerSecond * Math.Ceiling(seconds) + 1;
        Assert.True(updates.Length <= bound, $"{updates.Length} updates in {seconds:F1} s; at most {bound} allowed");
        for (var i = 0; i < updates.Length; i++)
        {
            var window = updates.Count(u => u.At >= updates[i].At && u.At < updates[i].At + TimeSpan.FromSeconds(1));
            // The host spaces them one interval apart; one more allows for delivery jitter on a loaded machine.
            Assert.True(window <= ApiHostFixture.MessagesPerSecond + 1,
                $"{window} updates within one second: {string.Join(", ", updates.Select(u => u.At.TotalMilliseconds.ToString("F0")))}");
        }
        // The last message reflects all 500, and nothing older came after it.
        Assert.Equal(before + Arrivals, updates[^1].Body.Int("arrivedToday"));
        Assert.Equal(last.Sequence, updates.Max(u => u.Sequence));
        Assert.True(feed.Messages.Select(m => m.Sequence).SequenceEqual(feed.Messages.Select(m => m.Sequence).Order()), "sequences increase");
    }
}
