using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Grains.Hosting;
using Reception.Silo.Records;
using Reception.Silo.Storage;

namespace Reception.Tests.Workflow;

/// <summary>
/// One in-process Orleans test cluster for the workflow tests: memory storage named "reception" for the
/// returnee records, the real incremental storage on a temporary SQLite file for points and programs (their
/// state is split into a header and entry rows, which only that storage reassembles), the case record on the
/// same file, in-memory reminders, a controllable clock and a call filter that can make chosen calls fail.
/// </summary>
public sealed class WorkflowCluster : IAsyncLifetime
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.Zero));

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public IClusterClient Client => Cluster.Client;

    /// <summary>The SQLite file holding the record (and the points' and programs' state), for tests that read its tables.</summary>
    public static string RecordConnectionString => IncrementalStore.Value;

    private static readonly Lazy<string> IncrementalStore = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"reception-workflow-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path};Pooling=True";
        SchemaMigrator.ApplyAsync(DatabaseEngine.Sqlite, connectionString).GetAwaiter().GetResult();
        return connectionString;
    });

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ClusterId = $"workflow-{Guid.NewGuid():N}";
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        await DemoDataSeeder.SeedAsync(Grains);
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(StorageNames.Reception);
            siloBuilder.AddReceptionIncrementalStorage(DatabaseEngine.Sqlite, IncrementalStore.Value);
            siloBuilder.AddReceptionRecord(DatabaseEngine.Sqlite, IncrementalStore.Value);
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.AddIncomingGrainCallFilter<FaultInjection>();
            siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
            siloBuilder.Services.AddReceptionWorkflow();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WorkflowCollection : ICollectionFixture<WorkflowCluster>
{
    public const string Name = "workflow cluster";
}

/// <summary>Makes the next N calls of a method on a grain fail, as a crashed or unreachable receiver would.</summary>
public sealed class FaultInjection : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<string, int> Pending = new();

    public static void FailNext(string methodName, string grainKey, int times = 1) => Pending[$"{methodName}/{grainKey}"] = times;

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var key = $"{context.MethodName}/{context.TargetId.Key}";
        if (Pending.TryGetValue(key, out var remaining) && remaining > 0 && Pending.TryUpdate(key, remaining - 1, remaining))
        {
            throw new InvalidOperationException($"Injected failure of {key}.");
        }
        await context.Invoke();
    }
}
