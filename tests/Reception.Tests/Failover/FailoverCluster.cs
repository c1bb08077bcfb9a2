using Reception.Tests.Infrastructure;

namespace Reception.Tests.Failover;

/// <summary>
/// Two silo processes and one API process in external mode on a database of the shared PostgreSQL server, with the
/// production failure-detection settings (none overridden) and the per-user command limit lifted for bursts.
/// </summary>
public sealed class FailoverCluster : IAsyncDisposable
{
    private FailoverCluster(HostProcess siloA, HostProcess siloB, HostProcess api, ReceptionHosts.Ports apiPorts)
    {
        SiloA = siloA;
        SiloB = siloB;
        Api = api;
        BaseUrl = apiPorts.BaseUrl;
    }

    public HostProcess SiloA { get; }
    public HostProcess SiloB { get; }
    public HostProcess Api { get; }
    public string BaseUrl { get; }

    public static async Task<FailoverCluster> StartAsync(string prefix)
    {
        var connectionString = PostgresServer.Shared.CreateDatabase(prefix);
        // One silo seeds the demo points and accounts, before the other starts, so the two never race to create them.
        var siloA = ReceptionHosts.StartSiloOnPostgres(connectionString, ReceptionHosts.Ports.Free(),
            new Dictionary<string, string> { ["Reception__SeedDemoData"] = "true" });
        await siloA.WaitUntilReadyAsync();
        var siloB = ReceptionHosts.StartSiloOnPostgres(connectionString, ReceptionHosts.Ports.Free());
        await siloB.WaitUntilReadyAsync();
        var apiPorts = ReceptionHosts.Ports.Free();
        var api = ReceptionHosts.StartExternalApi(connectionString, ReceptionHosts.NewDataFolder(), apiPorts,
            new Dictionary<string, string> { ["Reception__SeedDemoData"] = "true", ["Reception__Auth__CommandsPerMinute"] = "1000000" });
        await api.WaitUntilReadyAsync();
        var cluster = new FailoverCluster(siloA, siloB, api, apiPorts);
        await cluster.WaitForActiveSilosAsync(2);
        return cluster;
    }

    /// <summary>Waits until the API's <c>/health</c> reports <paramref name="count"/> active silos.</summary>
    public async Task WaitForActiveSilosAsync(int count)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        await Eventually.WaitUntilAsync(async () =>
        {
            var body = await http.GetStringAsync("/health/ready").ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "");
            return body.Contains($"\"activeSilos\":{count}", StringComparison.Ordinal);
        }, $"{count} active silos");
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await SiloB.DisposeAsync();
        await SiloA.DisposeAsync();
    }
}
