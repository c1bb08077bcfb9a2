namespace Reception.Tests.Api;

/// <summary>A point manager may follow a program's feed, narrowed to the referrals from their own points, as over REST.</summary>
[Collection(ApiCollection.Name)]
public sealed class NarrowedProgramFeedTests(ApiHostFixture api)
{
    private const string Program = "registro-civil-actas";

    [Fact]
    public async Task A_managers_program_feed_carries_only_referrals_from_their_points()
    {
        await using var coordinatorFeed = await api.WatchAsync("coordinator");
        await coordinatorFeed.InvokeAsync("SubscribeProgram", Program);
        await using var managerFeed = await api.WatchAsync("manager-NLD");
        var snapshot = await managerFeed.InvokeAsync("SubscribeProgram", Program);
        Assert.All(snapshot.GetProperty("queue").EnumerateArray(), item => Assert.Equal("NLD", item.Text("pointCode")));

        var elsewhere = await ReferAsync("CJS");
        var own = await ReferAsync("NLD");

        await coordinatorFeed.WaitForAsync("referralAssigned", m => Carries(m, elsewhere), TimeSpan.FromSeconds(10));
        await managerFeed.WaitForAsync("referralAssigned", m => Carries(m, own), TimeSpan.FromSeconds(10));
        await coordinatorFeed.WaitForAsync("referralAssigned", m => Carries(m, own), TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(managerFeed.Messages, m => m.Kind == "referralAssigned" && Carries(m.Body, elsewhere));
        Assert.All(managerFeed.Messages.Where(m => m.Kind == "referralAssigned"),
            m => Assert.All(m.Body.GetProperty("referrals").EnumerateArray(), r => Assert.Equal("NLD", r.Text("pointCode"))));
    }

    private async Task<string> ReferAsync(string point)
    {
        using var manager = await api.ClientAsync($"manager-{point}");
        var (_, receipt) = await manager.PostJsonAsync($"/api/points/{point}/arrivals", Workflow.Adult());
        await manager.ConsentAsync(receipt.Text("caseId"));
        var (_, referral) = await manager.PostJsonAsync($"/api/returnees/{receipt.Text("caseId")}/referrals", new { programId = Program });
        return referral.Text("referralId");
    }

    private static bool Carries(System.Text.Json.JsonElement message, string referralId) =>
        message.GetProperty("referrals").EnumerateArray().Any(r => r.Text("referralId") == referralId);
}
