using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Serialization;
using Orleans.Storage;
using Reception.Db;
using Reception.Grains.Storage;
using Reception.Silo.Storage;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Storage;

/// <summary>
/// <see cref="IncrementalGrainStorage"/> used directly against a real SQLite file and the real
/// PostgreSQL server: the header and the changed entries of a state, in one transaction, with
/// optimistic concurrency on the header.
/// </summary>
public sealed class IncrementalGrainStorageTests
{
    private const string StateName = "crowd";
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(CrowdState).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Header_and_entries_round_trip(DatabaseEngine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var grain = NewGrain();
        var written = new TestGrainState<CrowdState>(new CrowdState { Title = "Tijuana", Arrivals = 3 });
        written.State.Present["a"] = new Person("Ana", 31);
        written.State.Present["b"] = new Person("Beto", 7);
        written.State.Present["c"] = new Person("Carla", 45);

        await db.Storage.WriteStateAsync(StateName, grain, written);
        var read = await db.ReadAsync(grain);

        Assert.Equal("1", written.ETag);
        Assert.True(written.RecordExists);
        Assert.Equal("1", read.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal("Tijuana", read.State.Title);
        Assert.Equal(3, read.State.Arrivals);
        Assert.Equal(Snapshot(written.State), Snapshot(read.State));
        Assert.Empty(((IIncrementalState)read.State).TakeChanges()); // loading is not a change
        Assert.Equal(3L, await db.ScalarAsync($"SELECT count(*) FROM reception_grain_state_entry WHERE grain_id = '{grain}'"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_state_that_was_never_written_reads_as_the_default(DatabaseEngine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var read = await db.ReadAsync(NewGrain());

        Assert.Null(read.ETag);
        Assert.False(read.RecordExists);
        Assert.Equal("", read.State.Title);
        Assert.Equal(0, read.State.Present.Count);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_state_without_entries_is_stored_as_its_header(DatabaseEngine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var grain = NewGrain();
        var written = new TestGrainState<PlainState>(new PlainState { Name = "catalog", Items = ["x", "y"] });

        await db.Storage.WriteStateAsync(StateName, grain, written);
        written.State.Items.Add("z");
        await db.Storage.WriteStateAsync(StateName, grain, written);
        var read = new TestGrainState<PlainState>(new PlainState());
        await db.Storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal("2", read.ETag);
        Assert.Equal("catalog", read.State.Name);
        Assert.Equal(new[] { "x", "y", "z" }, read.State.Items);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_second_write_stores_only_the_changed_entries(DatabaseEngine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var grain = NewGrain();
        var state = new TestGrainState<CrowdState>(new CrowdState { Title = "Matamoros" });
        for (var i = 0; i < 10_000; i++)
        {
            state.State.Present[$"p{i:D5}"] = new Person($"person {i}", i % 90);
        }

        await db.Storage.WriteStateAsync(StateName, grain, state);

        state.State.Present.Remove("p00010");
        state.State.Present.Remove("p09999");
        state.State.Present["p00020"] = new Person("changed 20", 1);
        state.State.Present["p05000"] = new Person("changed 5000", 2);
        state.State.Present["p07777"] = new Person("changed 7777", 3);
        for (var i = 0; i < 5; i++)
        {
            state.State.Present[$"new{i}"] = new Person($"newcomer {i}", 20 + i);
        }

        state.State.Arrivals = 5;
        await db.Storage.WriteStateAsync(StateName, grain, state);

        // Every entry row records the header version whose write last stored it: the second write
        // stored exactly the 3 changed and 5 added entries and deleted the 2 removed ones.
        Assert.Equal("2", state.ETag);
        Assert.Equal(10_003L, await db.ScalarAsync($"SELECT count(*) FROM reception_grain_state_entry WHERE grain_id = '{grain}'"));
        Assert.Equal(9_995L, await db.ScalarAsync($"SELECT count(*) FROM reception_grain_state_entry WHERE grain_id = '{grain}' AND version = 1"));
        Assert.Equal(
            new[] { "new0", "new1", "new2", "new3", "new4", "p00020", "p05000", "p07777" }.Select(key => "present/" + key),
            await db.StringsAsync($"SELECT entry_key FROM reception_grain_state_entry WHERE grain_id = '{grain}' AND version = 2 ORDER BY entry_key"));
        Assert.Equal(0L, await db.ScalarAsync($"SELECT count(*) FROM reception_grain_state_entry WHERE grain_id = '{grain}' AND entry_key IN ('present/p00010', 'present/p09999')"));

        var read = await db.ReadAsync(grain);
        Assert.Equal(5, read.State.Arrivals);
        Assert.Equal(Snapshot(state.State), Snapshot(read.State));

        // A write with no entry changes touches the header only.
        state.State.Arrivals = 6;
        await db.Storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal(0L, await db.ScalarAsync($"SELECT count(*) FROM reception_grain_state_entry WHERE grain_id = '{grain}' AND version = 3"));
        Assert.Equal(6, (await db.ReadAsync(grain)).State.Arrivals);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Removed_entries_are_deleted(DatabaseEngine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var grain = NewGrain();
        var other = NewGrain();
        var state = new TestGrainState<CrowdState>(new CrowdState());
        for (var i = 0; i < 50; i++)
        {
            state.State.Present[$"k{i}"] = new Person($"p{i}", i);
        }

        await db.Storage.WriteStateAsync(StateName, grain, state);
        await db.Storage.WriteStateAsync(StateName, other, new TestGrainState<CrowdState>(WithPeople(new CrowdState(), "k1", "k2")));

        state.State.Present.Remove("k1");
        state.State.Present.Remove("k2");
        state.State.Present.Remove("not-there");
        await db.Storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal(48, (await db.ReadAsync(grain)).State.Present.Count);

        state.State.Present.Clear();
        await db.Storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal(0L, await db.ScalarAsync($"SELECT count(*) FROM reception_grain_state_entry WHERE grain_id = '{grain}'"));
        Assert.Equal(0, (await db.ReadAsync(grain)).State.Present.Count);
        // Another grain's entries with the same keys are not touched.
        Assert.Equal(new[] { "k1", "k2" }, Snapshot((await db.ReadAsync(other)).State).Keys);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_stale_etag_writes_nothing_and_keeps_the_changes_for_the_next_write(DatabaseEngine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var grain = NewGrain();
        var first = new TestGrainState<CrowdState>(WithPeople(new CrowdState { Title = "v1" }, "a", "b"));
        await db.Storage.WriteStateAsync(StateName, grain, first);

        // A second activation reads and writes: the first one's ETag is now stale.
        var second = await db.ReadAsync(grain);
        second.State.Title = "v2";
        second.State.Present["c"] = new Person("from second", 1);
        await db.Storage.WriteStateAsync(StateName, grain, second);

        first.State.Title = "stale";
        first.State.Present["d"] = new Person("from first", 2);
        first.State.Present.Remove("a");
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => db.Storage.WriteStateAsync(StateName, grain, first));

        Assert.Equal("2", error.StoredEtag);
        Assert.Equal("1", error.CurrentEtag);
        Assert.Equal("1", first.ETag);
        var stored = await db.ReadAsync(grain);
        Assert.Equal("2", stored.ETag);
        Assert.Equal("v2", stored.State.Title);
        Assert.Equal(new[] { "a", "b", "c" }, Snapshot(stored.State).Keys);

        // The failed write's changes were restored: once the ETag is current they are written.
        first.ETag = "2";
        await db.Storage.WriteStateAsync(StateName, grain, first);
        var after = await db.ReadAsync(grain);
        Assert.Equal("stale", after.State.Title);
        Assert.Equal(new[] { "b", "c", "d" }, Snapshot(after.State).Keys);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Clear_removes_the_state_and_a_stale_activation_cannot_write_over_it(DatabaseEngine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var grain = NewGrain();
        var state = new TestGrainState<CrowdState>(WithPeople(new CrowdState { Title = "gone" }, "a", "b", "c"));
        await db.Storage.WriteStateAsync(StateName, grain, state);
        var stale = await db.ReadAsync(grain);

        await db.Storage.ClearStateAsync(StateName, grain, state);

        Assert.False(state.RecordExists);
        Assert.Equal("2", state.ETag);
        Assert.Equal(0L, await db.ScalarAsync($"SELECT count(*) FROM reception_grain_state_entry WHERE grain_id = '{grain}'"));
        var read = await db.ReadAsync(grain);
        Assert.False(read.RecordExists);
        Assert.Equal("2", read.ETag);
        Assert.Equal("", read.State.Title);
        Assert.Equal(0, read.State.Present.Count);

        // The activation that read before the clear holds version 1: it must not resurrect the state.
        stale.State.Present["z"] = new Person("late", 9);
        await Assert.ThrowsAsync<InconsistentStateException>(() => db.Storage.WriteStateAsync(StateName, grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => db.Storage.ClearStateAsync(StateName, grain, stale));

        // The state can be written again after the clear (Orleans gives the grain a fresh state object).
        var fresh = new TestGrainState<CrowdState>(WithPeople(new CrowdState { Title = "back" }, "x")) { ETag = state.ETag };
        await db.Storage.WriteStateAsync(StateName, grain, fresh);
        var again = await db.ReadAsync(grain);
        Assert.Equal("3", again.ETag);
        Assert.Equal("back", again.State.Title);
        Assert.Equal(new[] { "x" }, Snapshot(again.State).Keys);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Clearing_a_state_that_was_never_written_does_nothing(DatabaseEngine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var state = new TestGrainState<CrowdState>(new CrowdState());
        await db.Storage.ClearStateAsync(StateName, NewGrain(), state);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Two_activations_writing_the_first_state_at_once_exactly_one_wins(DatabaseEngine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        // Two providers, as two silos (or a silo and a stray process) would have: separate write gates.
        await using var otherSilo = db.NewStorage();
        for (var round = 0; round < 10; round++)
        {
            var grain = NewGrain();
            var left = new TestGrainState<CrowdState>(WithPeople(new CrowdState { Title = "left" }, "l1", "l2", "shared"));
            var right = new TestGrainState<CrowdState>(WithPeople(new CrowdState { Title = "right" }, "r1", "shared"));

            var outcomes = await Task.WhenAll(
                Outcome(() => db.Storage.WriteStateAsync(StateName, grain, left)),
                Outcome(() => otherSilo.WriteStateAsync(StateName, grain, right)));

            Assert.Single(outcomes, o => o is null);
            Assert.Single(outcomes, o => o is InconsistentStateException);
            var winner = outcomes[0] is null ? left : right;
            var loser = outcomes[0] is null ? right : left;
            Assert.Null(loser.ETag);
            Assert.NotEmpty(((IIncrementalState)loser.State).TakeChanges()); // restored for a retry
            var stored = await db.ReadAsync(grain);
            Assert.Equal("1", stored.ETag);
            Assert.Equal(winner.State.Title, stored.State.Title);
            Assert.Equal(Snapshot(winner.State), Snapshot(stored.State));
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Overlapping_writes_of_one_activation_are_queued_not_rejected(DatabaseEngine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var grain = NewGrain();
        var state = new TestGrainState<CrowdState>(WithPeople(new CrowdState(), "a"));

        var first = db.Storage.WriteStateAsync(StateName, grain, state);
        state.State.Present["b"] = new Person("b", 2);
        var second = db.Storage.WriteStateAsync(StateName, grain, state);
        await Task.WhenAll(first, second);

        Assert.Equal("2", state.ETag);
        Assert.Equal(new[] { "a", "b" }, Snapshot((await db.ReadAsync(grain)).State).Keys);
    }

    [Fact]
    public async Task Sqlite_writes_are_durable_on_return()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite);
        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(2L, (long?)await command.ExecuteScalarAsync()); // FULL: the WAL is synced at every commit
    }

    private static async Task<Exception?> Outcome(Func<Task> action)
    {
        await Task.Yield();
        try
        {
            await Task.Run(action);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static GrainId NewGrain() => GrainId.Create("testpoint", Guid.NewGuid().ToString("N"));

    private static CrowdState WithPeople(CrowdState state, params string[] keys)
    {
        foreach (var key in keys)
        {
            state.Present[key] = new Person($"person {key}", key.Length);
        }

        return state;
    }

    private static SortedDictionary<string, Person> Snapshot(CrowdState state) =>
        new(state.Present.ToDictionary(pair => pair.Key, pair => pair.Value), StringComparer.Ordinal);

    /// <summary>A migrated database of one engine and a storage provider on it.</summary>
    private sealed class TestDatabase : IAsyncDisposable
    {
        private readonly List<IncrementalGrainStorage> _storages = [];

        private TestDatabase(DatabaseEngine engine, string connectionString)
        {
            Engine = engine;
            ConnectionString = connectionString;
            Storage = NewStorage();
        }

        public DatabaseEngine Engine { get; }

        public string ConnectionString { get; }

        public IncrementalGrainStorage Storage { get; }

        public static async Task<TestDatabase> CreateAsync(DatabaseEngine engine)
        {
            var connectionString = engine == DatabaseEngine.Postgres
                ? PostgresServer.Shared.CreateDatabase("incremental")
                : $"Data Source={Path.Combine(ReceptionHosts.NewDataFolder(), "reception.db")};Pooling=True;Default Timeout=30";
            await SchemaMigrator.ApplyAsync(engine, connectionString);
            return new TestDatabase(engine, connectionString);
        }

        public IncrementalGrainStorage NewStorage()
        {
            var storage = new IncrementalGrainStorage(Engine, ConnectionString, "test-service", Serializer,
                Engine == DatabaseEngine.Sqlite ? new SqliteWriteGate() : null);
            _storages.Add(storage);
            return storage;
        }

        public async Task<TestGrainState<CrowdState>> ReadAsync(GrainId grain)
        {
            var state = new TestGrainState<CrowdState>(new CrowdState());
            await Storage.ReadStateAsync(StateName, grain, state);
            return state;
        }

        public async Task<long> ScalarAsync(string sql)
        {
            await using var connection = await OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }

        public async Task<List<string>> StringsAsync(string sql)
        {
            await using var connection = await OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var values = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetString(0));
            }

            return values;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var storage in _storages)
            {
                await storage.DisposeAsync();
            }

            if (Engine == DatabaseEngine.Sqlite)
            {
                SqliteConnection.ClearAllPools();
            }
        }

        private async Task<DbConnection> OpenAsync()
        {
            DbConnection connection = Engine == DatabaseEngine.Postgres
                ? new NpgsqlConnection(ConnectionString)
                : new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            return connection;
        }
    }
}
