using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Reception.Grains.Hosting;
using Reception.Tests.Api;
using Reception.Tests.Infrastructure;
using ApiWorkflow = Reception.Tests.Api.Workflow;

namespace Reception.Tests.Edge;

/// <summary>A hub connection lives no longer than its token: at expiry it is closed, and the token cannot subscribe again.</summary>
public sealed class TokenExpiryTests
{
    private const string Point = "NLD";

    [Fact]
    public async Task A_hub_connection_is_closed_when_its_token_expires_and_receives_nothing_more_nor_subscribes_again()
    {
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApi(ReceptionHosts.NewDataFolder(), ports, new Dictionary<string, string>
        {
            ["Reception__Auth__TokenLifetime"] = "00:00:15",
            ["Reception__Auth__SignInFailuresPerMinute"] = "1000",
        });
        await host.WaitUntilReadyAsync();
        await using (var cluster = await ClusterClientHost.ConnectToGatewayAsync(ports.Gateway))
        {
            await DemoDataSeeder.SeedAsync(cluster.Client);
        }

        var shortLived = await SignIn.TokenAsync(ports.BaseUrl, $"manager-{Point}");
        await using var expiring = new FeedRecorder(Connect(ports, shortLived));
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        expiring.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await expiring.Connection.StartAsync();
        await expiring.InvokeAsync("SubscribePoint", Point);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(HubConnectionState.Disconnected, expiring.Connection.State);
        var seenBeforeArrival = expiring.Messages.Count;

        // The point moves; a connection with a fresh token sees it, the closed one does not.
        await using var fresh = new FeedRecorder(Connect(ports, await SignIn.TokenAsync(ports.BaseUrl, $"manager-{Point}")));
        await fresh.Connection.StartAsync();
        await fresh.InvokeAsync("SubscribePoint", Point);
        using var manager = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };
        manager.DefaultRequestHeaders.Authorization = new("Bearer", await SignIn.TokenAsync(ports.BaseUrl, $"manager-{Point}"));
        var (arrival, _) = await manager.PostJsonAsync($"/api/points/{Point}/arrivals", ApiWorkflow.Adult(surnames: "Cárdenas Villarreal"));
        Assert.Equal(HttpStatusCode.Created, arrival.StatusCode);
        await fresh.WaitForAsync("pointUpdated", m => m.Int("arrivedToday") >= 1);
        Assert.Equal(seenBeforeArrival, expiring.Messages.Count);

        // The expired token opens no new subscription (within the validator's clock skew it may still connect, but is closed at once).
        await using var stale = Connect(ports, shortLived);
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await stale.StartAsync();
            await stale.InvokeAsync<JsonElement>("SubscribePoint", Point);
        });
    }

    private static HubConnection Connect(ReceptionHosts.Ports ports, string token) =>
        new HubConnectionBuilder()
            .WithUrl($"{ports.BaseUrl}/hubs/operations", options => options.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
}
