using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Reception.Grains.Hosting;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Api;

/// <summary>
/// One real API host process (embedded silo, SQLite, demo data) shared by every test of the "api" collection,
/// reached over HTTP and with a real SignalR client.
/// </summary>
public sealed partial class ApiHostFixture : IAsyncLifetime
{
    public const int MessagesPerSecond = 4;
    public const string DemoPassword = "reception-demo";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();
    private HostProcess? _host;

    public ReceptionHosts.Ports Ports { get; } = ReceptionHosts.Ports.Free();

    public string DataPath { get; } = ReceptionHosts.NewDataFolder();

    public HttpClient Anonymous { get; private set; } = null!;

    public static TimeSpan Interval => TimeSpan.FromMilliseconds(1000.0 / MessagesPerSecond);

    public async Task InitializeAsync()
    {
        _host = ReceptionHosts.StartEmbeddedApi(DataPath, Ports, new Dictionary<string, string>
        {
            ["Urls"] = Ports.BaseUrl,
            ["Reception__SeedDemoData"] = "true",
            ["Reception__LiveFeed__MessagesPerSecond"] = MessagesPerSecond.ToString(),
            ["Reception__Auth__SignInFailuresPerMinute"] = "1000",
            ["Reception__Telemetry__OrleansDashboard"] = "true",
            // the burst tests send hundreds of arrivals as one manager; CommandRateLimitTests checks the limit on its own host
            ["Reception__Auth__CommandsPerMinute"] = "100000",
        });
        await _host.WaitUntilReadyAsync();
        // Demo data is seeded by the silo; seeding again is idempotent and makes sure it is there before the tests.
        await using (var cluster = await ClusterClientHost.ConnectToGatewayAsync(Ports.Gateway))
        {
            await DemoDataSeeder.SeedAsync(cluster.Client);
        }
        Anonymous = new HttpClient { BaseAddress = new Uri(Ports.BaseUrl) };
    }

    /// <summary>
    /// Stops the host, then scans everything it logged while the whole API suite ran (at the shipped level) for
    /// any token: a token in a log fails the run.
    /// </summary>
    public async Task DisposeAsync()
    {
        Anonymous?.Dispose();
        if (_host is null)
        {
            return;
        }
        await _host.DisposeAsync();
        var leaked = JsonWebToken().Matches(_host.Output).Select(m => m.Value)
            .Concat(_tokens.Values.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).Where(_host.Output.Contains))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (leaked.Count > 0)
        {
            throw new InvalidOperationException($"The API host logged {leaked.Count} token(s) during the API suite, e.g. {leaked[0][..Math.Min(24, leaked[0].Length)]}…");
        }
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")]
    private static partial Regex JsonWebToken();

    public string HostOutput => _host?.Output ?? "";

    public Task<string> TokenAsync(string userName) => _tokens.GetOrAdd(userName, async name =>
    {
        var response = await Anonymous.PostAsJsonAsync("/api/auth/token", new { username = name, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    });

    public async Task<HttpClient> ClientAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(Ports.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName));
        return client;
    }

    public HubConnection Hub(string? userName) =>
        new HubConnectionBuilder()
            .WithUrl($"{Ports.BaseUrl}/hubs/operations", options =>
            {
                if (userName is not null)
                {
                    options.AccessTokenProvider = () => TokenAsync(userName)!;
                }
            })
            .Build();

    /// <summary>A connected hub with a recorder of every server message.</summary>
    public async Task<FeedRecorder> WatchAsync(string userName)
    {
        var connection = Hub(userName);
        var recorder = new FeedRecorder(connection);
        await connection.StartAsync();
        return recorder;
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHostFixture>
{
    public const string Name = "api";
}
