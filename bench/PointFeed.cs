using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Reception.Bench;

/// <summary>
/// A SignalR subscriber of <c>/hubs/operations</c>, as the dashboard is: the token goes in the query string
/// (<c>HttpConnectionOptions.AccessTokenProvider</c>), <c>SubscribePoint</c> returns the snapshot, then
/// <c>pointUpdated</c> and <c>alertChanged</c> arrive.
/// </summary>
public sealed class PointFeed : IAsyncDisposable
{
    private readonly HubConnection _connection;

    private PointFeed(HubConnection connection) => _connection = connection;

    /// <summary>Called for every <c>pointUpdated</c> (and the snapshot) with the time it was received.</summary>
    public event Action<string, JsonElement, DateTime>? PointUpdated;

    /// <summary>Called for every <c>alertChanged</c>.</summary>
    public event Action<string, JsonElement, DateTime>? AlertChanged;

    public static async Task<PointFeed> ConnectAsync(ReceptionClient client, string user)
    {
        var token = await client.TokenAsync(user);
        var _connection = new HubConnectionBuilder()
            .WithUrl(client.BaseUrl + "/hubs/operations", o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .WithAutomaticReconnect()
            .Build();
        var feed = new PointFeed(_connection);
        _connection.On<JsonElement>("pointUpdated", m => feed.PointUpdated?.Invoke(Code(m), m, DateTime.UtcNow));
        _connection.On<JsonElement>("alertChanged", m => feed.AlertChanged?.Invoke(Code(m), m, DateTime.UtcNow));
        await _connection.StartAsync();
        return feed;
    }

    public async Task<JsonElement> SubscribePointAsync(string code)
    {
        var snapshot = await _connection.InvokeAsync<JsonElement>("SubscribePoint", code);
        PointUpdated?.Invoke(code, snapshot, DateTime.UtcNow);
        return snapshot;
    }

    private static string Code(JsonElement message) =>
        message.TryGetProperty("code", out var code) ? code.GetString() ?? ""
        : message.TryGetProperty("pointCode", out var point) ? point.GetString() ?? "" : "";

    public static int Int(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : -1;

    public static string Str(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
