using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Edge;

/// <summary>
/// Tokens appear in no log at any level: a host logging everything (Trace) serves a hub client that puts its token
/// in the query string, as browsers do, and REST calls with the Authorization header; its whole output is scanned.
/// </summary>
public sealed class TokenLoggingTests
{
    [Fact]
    public async Task A_host_logging_at_trace_never_writes_a_token_sent_in_the_hub_query_string_or_a_header()
    {
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApi(ReceptionHosts.NewDataFolder(), ports, new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Trace",
            ["Logging__LogLevel__Reception"] = "Trace",
        });
        await host.WaitUntilReadyAsync();
        var token = await SignIn.TokenAsync(ports.BaseUrl, "coordinator");

        await using (var hub = new HubConnectionBuilder().WithUrl($"{ports.BaseUrl}/hubs/operations?access_token={Uri.EscapeDataString(token)}").Build())
        {
            await hub.StartAsync();
            var snapshot = await hub.InvokeAsync<JsonElement>("SubscribeNational");
            Assert.True(snapshot.TryGetProperty("sequence", out _), "the query-string token was accepted");
        }

        using (var http = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) })
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
            (await http.GetAsync("/api/national")).EnsureSuccessStatusCode();
        }

        await host.StopAsync();
        var output = host.Output;
        Assert.Contains("/hubs/operations/negotiate", output, StringComparison.Ordinal); // the URLs were logged...
        Assert.DoesNotContain(SignIn.Signature(token), output, StringComparison.Ordinal); // ...without the token
        Assert.DoesNotContain("access_token", output, StringComparison.Ordinal);
    }
}
