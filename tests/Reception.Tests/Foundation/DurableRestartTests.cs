using System.Net;
using System.Text.Json;
using Reception.Contracts.Points;
using Reception.Contracts.Shared;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>
/// The API host as a user runs it: state written through a grain is still there after the host is
/// killed (not stopped politely) and started again, on SQLite and on PostgreSQL.
/// </summary>
public sealed class DurableRestartTests
{
    private static readonly PointProfile TestPoint = new(
        "TST", "Punto de prueba", "Tijuana", "Baja California", PointKind.LandCrossing, "America/Tijuana",
        new PointCapacity(120, 4, 100));

    [Fact]
    public async Task Sqlite_state_written_through_a_grain_survives_a_killed_host()
    {
        var dataPath = ReceptionHosts.NewDataFolder();
        var ports = ReceptionHosts.Ports.Free();
        await AssertStateSurvivesKillAsync(() => ReceptionHosts.StartEmbeddedApi(dataPath, ports), ports, "sqlite");
        Assert.True(File.Exists(Path.Combine(dataPath, "reception.db")), "the SQLite file lives in the data folder");
    }

    [Fact]
    public async Task Postgres_state_written_through_a_grain_survives_a_killed_host()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase("restart");
        var dataPath = ReceptionHosts.NewDataFolder();
        var ports = ReceptionHosts.Ports.Free();
        await AssertStateSurvivesKillAsync(
            () => ReceptionHosts.StartEmbeddedApiOnPostgres(connectionString, dataPath, ports), ports, "postgres");
    }

    private static async Task AssertStateSurvivesKillAsync(Func<HostProcess> startHost, ReceptionHosts.Ports ports, string storageMode)
    {
        var changed = new PointCapacity(77, 3, 90);
        await using (var first = startHost())
        {
            await first.WaitUntilReadyAsync();
            await AssertHealthyAsync(ports, storageMode);
            await using var client = await ClusterClientHost.ConnectToGatewayAsync(ports.Gateway);
            var point = client.Client.GetGrain<IReceptionPointGrain>(TestPoint.Code);
            await point.Configure(TestPoint);
            var acknowledged = await point.SetCapacity(changed, Actor.Manager("manager-TST", "TST"));
            Assert.Equal(changed, acknowledged.Capacity);
            first.Kill();
        }

        await using var second = startHost();
        await second.WaitUntilReadyAsync();
        await using var reader = await ClusterClientHost.ConnectToGatewayAsync(ports.Gateway);
        var summary = await reader.Client.GetGrain<IReceptionPointGrain>(TestPoint.Code).GetSummary();
        Assert.Equal(changed, summary.Capacity);
        Assert.Equal(TestPoint.Name, summary.Name);
    }

    private static async Task AssertHealthyAsync(ReceptionHosts.Ports ports, string storageMode)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync($"{ports.BaseUrl}/health");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var health = JsonDocument.Parse(body);
        Assert.Equal(storageMode, health.RootElement.GetProperty("storage").GetString());
        Assert.Equal("healthy", health.RootElement.GetProperty("status").GetString());
    }
}
