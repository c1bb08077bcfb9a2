using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Grains.Hosting;
using Reception.Silo.Records;
using Reception.Silo.Storage;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Rights;

/// <summary>
/// An in-process Orleans cluster per database engine for the rights and retention tests: the case record, the points'
/// and programs' state on a fresh database of that engine (PostgreSQL from the shared test server, or a SQLite file),
/// demo points and programs, in-memory reminders, and a clock of the engine's own that the tests move years ahead
/// (<see cref="SettableClock"/>).
/// </summary>
public sealed class RightsClusters : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2020, 1, 10, 18, 0, 0, TimeSpan.Zero);

    private static readonly ConcurrentDictionary<string, SettableClock> Clocks = new();
    private readonly ConcurrentDictionary<DatabaseEngine, Task<(TestCluster Cluster, string ConnectionString)>> _clusters = new();

    public static SettableClock Clock(DatabaseEngine engine) => Clocks.GetOrAdd(engine.ToString(), _ => new SettableClock(Start));

    public Task<(TestCluster Cluster, string ConnectionString)> ForAsync(DatabaseEngine engine) => _clusters.GetOrAdd(engine, StartAsync);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var started in _clusters.Values)
        {
            var (cluster, _) = await started;
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private static async Task<(TestCluster, string)> StartAsync(DatabaseEngine engine)
    {
        var connectionString = engine == DatabaseEngine.Postgres
            ? PostgresServer.Shared.CreateDatabase("rights")
            : $"Data Source={Path.Combine(ReceptionHosts.NewDataFolder(), "reception.db")};Pooling=True;Default Timeout=30";
        await SchemaMigrator.ApplyAsync(engine, connectionString);
        var builder = new TestClusterBuilder(1);
        builder.Options.ClusterId = $"rights-{engine}-{Guid.NewGuid():N}".ToLowerInvariant();
        builder.Properties["Rights:Engine"] = engine.ToString();
        builder.Properties["Rights:ConnectionString"] = connectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        await DemoDataSeeder.SeedAsync(cluster.GrainFactory);
        return (cluster, connectionString);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var engine = Enum.Parse<DatabaseEngine>(siloBuilder.Configuration["Rights:Engine"]!);
            var connectionString = siloBuilder.Configuration["Rights:ConnectionString"]!;
            siloBuilder.AddMemoryGrainStorage(StorageNames.Reception);
            siloBuilder.AddReceptionIncrementalStorage(engine, connectionString);
            siloBuilder.AddReceptionRecord(engine, connectionString);
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.Services.AddSingleton<TimeProvider>(Clock(engine));
            siloBuilder.Services.AddReceptionWorkflow();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RightsCollection : ICollectionFixture<RightsClusters>
{
    public const string Name = "rights clusters";
}
