using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Reception.Tests.Api;

namespace Reception.Tests.Accounts;

/// <summary>Signs in to a host's built-in issuer as a browser would, and opens REST clients and hub connections with the token.</summary>
public sealed class AccountSession(string baseUrl)
{
    public string BaseUrl => baseUrl;

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SignInAsync(string userName, string password)
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(baseUrl) };
        return await anonymous.PostJsonAsync("/api/auth/token", new { username = userName, password });
    }

    public async Task<string> TokenAsync(string userName, string password)
    {
        var (response, body) = await SignInAsync(userName, password);
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {userName}: {(int)response.StatusCode} {body}");
        return body.Text("accessToken");
    }

    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HubConnection Hub(string token) =>
        new HubConnectionBuilder()
            .WithUrl($"{baseUrl}/hubs/operations", options => options.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();

    /// <summary>A hub connection, started, and a task that completes when the server closes it.</summary>
    public async Task<(HubConnection Connection, Task Closed)> ConnectAsync(string token)
    {
        var connection = Hub(token);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        return (connection, closed.Task);
    }
}
