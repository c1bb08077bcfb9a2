using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Reception.Contracts.Shared;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Edge;

/// <summary>
/// At the shipped log level, failed sign-ins, lockouts, 401 and 403 answers and refused hub subscriptions are
/// structured warnings, without passwords, tokens or stack traces.
/// </summary>
public sealed class SecurityLoggingTests
{
    private const string WrongPassword = "not-the-password-1234";

    [Fact]
    public async Task Refusals_are_logged_as_warnings_without_passwords_tokens_or_stack_traces()
    {
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApi(ReceptionHosts.NewDataFolder(), ports, new Dictionary<string, string>
        {
            ["Reception__Auth__SignInFailuresPerMinute"] = "3",
        });
        await host.WaitUntilReadyAsync();
        using var http = new HttpClient { BaseAddress = new Uri(ports.BaseUrl) };

        var provider = await SignIn.TokenAsync(ports.BaseUrl, "provider-imss-salud");
        var statuses = new List<HttpStatusCode>();
        // Only failures count against the address: the provider's sign-in above does not.
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await http.PostAsJsonAsync("/api/auth/token", new { username = "coordinator", password = WrongPassword })).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/points")).StatusCode);
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/national"))
        {
            request.Headers.Authorization = new("Bearer", provider);
            Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(request)).StatusCode);
        }

        await using (var hub = new HubConnectionBuilder()
            .WithUrl($"{ports.BaseUrl}/hubs/operations", options => options.AccessTokenProvider = () => Task.FromResult<string?>(provider))
            .Build())
        {
            await hub.StartAsync();
            var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<object>("SubscribeNational"));
            Assert.StartsWith("forbidden:", refused.Message.Split("HubException: ").Last(), StringComparison.Ordinal);
        }

        await host.StopAsync();
        var output = host.Output;
        Assert.Contains("warn: Reception.Security", output, StringComparison.Ordinal);
        Assert.Contains("Sign-in failed for user coordinator", output, StringComparison.Ordinal);
        Assert.Contains("Sign-in locked out", output, StringComparison.Ordinal);
        Assert.Contains("Request refused with 401: GET /api/points", output, StringComparison.Ordinal);
        Assert.Contains("Request refused with 403: GET /api/national by provider-imss-salud", output, StringComparison.Ordinal);
        Assert.Contains($"Hub call refused (forbidden, {ProblemCodes.RoleMayNot}): SubscribeNational by provider-imss-salud", output, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongPassword, output, StringComparison.Ordinal);
        Assert.DoesNotContain(SignIn.Signature(provider), output, StringComparison.Ordinal);
        // The refused subscription is no longer an error with a stack trace.
        Assert.DoesNotContain("Failed to invoke hub method", output, StringComparison.Ordinal);
        Assert.DoesNotContain("HubException", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ReceptionException", output, StringComparison.Ordinal);
    }
}
