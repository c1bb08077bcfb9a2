using Reception.Contracts.Points;
using Reception.Contracts.Shared;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>Two silo processes on PostgreSQL form one cluster and survive the loss of one of them.</summary>
public sealed class TwoSiloClusterTests
{
    // Faster failure detection than production's defaults, so the test does not wait half a minute.
    private static readonly Dictionary<string, string> QuickMembership = new()
    {
        ["Reception__Membership__ProbeTimeout"] = "00:00:01",
        ["Reception__Membership__NumMissedProbesLimit"] = "2",
        ["Reception__Membership__NumVotesForDeathDeclaration"] = "1",
        ["Reception__Membership__IAmAliveTablePublishTimeout"] = "00:00:02",
    };

    [Fact]
    public async Task Acknowledged_state_on_a_killed_silo_is_readable_through_the_survivor()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase("cluster");
        await using var siloA = ReceptionHosts.StartSiloOnPostgres(connectionString, ReceptionHosts.Ports.Free(), QuickMembership);
        await siloA.WaitUntilReadyAsync();
        await using var siloB = ReceptionHosts.StartSiloOnPostgres(connectionString, ReceptionHosts.Ports.Free(), QuickMembership);
        await siloB.WaitUntilReadyAsync();
        await using var client = await ClusterClientHost.ConnectThroughPostgresAsync(connectionString);
        var management = client.Client.GetGrain<IManagementGrain>(0);
        await Eventually.WaitUntilAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 2, "both silos active");

        var codes = Enumerable.Range(0, 40).Select(i => $"C{i:D2}").ToArray();
        var capacities = new Dictionary<string, PointCapacity>();
        foreach (var code in codes)
        {
            var capacity = new PointCapacity(50 + code[^1], 2, 40);
            var point = client.Client.GetGrain<IReceptionPointGrain>(code);
            await point.Configure(new PointProfile(code, $"Punto {code}", "Ciudad", "Sonora", PointKind.LandCrossing, "America/Hermosillo", new PointCapacity(1, 1, 1)));
            await point.SetCapacity(capacity, Actor.Manager($"manager-{code}", code));
            capacities[code] = capacity;
        }

        var activations = await management.GetDetailedGrainStatistics();
        var silosHostingPoints = activations.Where(a => codes.Contains(a.GrainId.Key.ToString())).Select(a => a.SiloAddress).Distinct().ToList();
        Assert.Equal(2, silosHostingPoints.Count);

        siloA.Kill();

        foreach (var code in codes)
        {
            var summary = await RetryAsync(() => client.Client.GetGrain<IReceptionPointGrain>(code).GetSummary());
            Assert.Equal(capacities[code], summary.Capacity);
        }
        Assert.False(siloB.HasExited);
    }

    private static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                // Calls to grains of the dead silo fail until the survivor declares it dead.
                await Task.Delay(500);
            }
        }
    }
}
