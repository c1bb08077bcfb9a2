using System.Data.Common;
using Npgsql;
using Orleans.Storage;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Grains.Records;
using Xunit.Abstractions;
using static Reception.Tests.Records.CaseWrites;

namespace Reception.Tests.Records;

/// <summary>
/// The case record's store against a real SQLite file and the real PostgreSQL server: each write in one
/// transaction with its version check, concurrent writes of many grains group-committed, and a stale or clashing
/// write failing alone.
/// </summary>
public sealed class RecordStoreTests(ITestOutputHelper output)
{
    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_saved_case_loads_with_its_state_version_and_last_sequence(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var caseId = NewCaseId();
        var first = Write(caseId, null, [1, 2]);
        var second = Write(caseId, 1, [3]);

        Assert.Equal(1, await db.Store.SaveAsync(first));
        Assert.Equal(2, await db.Store.SaveAsync(second));
        var loaded = await db.Store.LoadAsync(caseId);

        Assert.NotNull(loaded);
        Assert.Equal(2, loaded.Version);
        Assert.Equal(second.State, loaded.State);
        Assert.Equal(3, loaded.LastSequence);
        Assert.Null(await db.Store.LoadAsync(NewCaseId()));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Concurrent_loads_each_get_their_own_case(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var saved = Enumerable.Range(0, 20).Select(_ => NewCaseId()).ToList();
        await Task.WhenAll(saved.Select(id => db.Store.SaveAsync(Write(id, null, []))));
        var missing = Enumerable.Range(0, 20).Select(_ => NewCaseId()).ToList();

        using var batches = new RecordBatches("load");
        var loads = await Task.WhenAll(saved.Concat(missing).Select(id => db.Store.LoadAsync(id)));

        Assert.True(batches.Sizes.Count < 40, $"batches: {string.Join(", ", batches.Sizes)}");

        Assert.All(loads.Take(20).Zip(saved), pair => Assert.Equal(Write(pair.Second, null, []).State, pair.First!.State));
        Assert.All(loads.Take(20), loaded => Assert.Equal(0, loaded!.LastSequence));
        Assert.All(loads.Skip(20), Assert.Null);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_row_read_back_by_sql_equals_the_case_row(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var write = Write(NewCaseId(), null, [1], needDay: new DateOnly(2026, 11, 22));

        await db.Store.SaveAsync(write);

        var row = await db.RowAsync(write.CaseId);
        Assert.Equal(RecordDatabase.Expected(write.Row).OrderBy(c => c.Key), row.OrderBy(c => c.Key));
        Assert.Equal(1, await db.ScalarAsync($"SELECT version FROM reception_case WHERE case_id = '{write.CaseId}'"));
        Assert.Equal("pending", await db.TextAsync($"SELECT status FROM reception_referral WHERE case_id = '{write.CaseId}'"));
        Assert.Equal("pointManager", await db.TextAsync($"SELECT role FROM reception_case_event WHERE case_id = '{write.CaseId}'"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Expecting_no_case_when_it_exists_conflicts_and_writes_nothing(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var caseId = NewCaseId();
        await db.Store.SaveAsync(Write(caseId, null, [1]));

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            db.Store.SaveAsync(Write(caseId, null, [2], givenNames: "Intruder", needDay: new DateOnly(2026, 11, 23))));

        Assert.Equal(1, (await db.Store.LoadAsync(caseId))!.Version);
        Assert.Equal("José", await db.TextAsync($"SELECT given_names FROM reception_case WHERE case_id = '{caseId}'"));
        Assert.Equal(1, await db.ScalarAsync($"SELECT count(*) FROM reception_case_event WHERE case_id = '{caseId}'"));
        Assert.Equal(0, await db.ScalarAsync($"SELECT count(*) FROM reception_unmet_need WHERE case_id = '{caseId}'"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_stale_version_in_a_batch_of_50_concurrent_saves_fails_alone(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var cases = Enumerable.Range(0, 50).Select(_ => NewCaseId()).ToList();
        await Task.WhenAll(cases.Select(id => db.Store.SaveAsync(Write(id, null, [1]))));
        var stale = cases[17];
        await db.Store.SaveAsync(Write(stale, 1, [2], givenNames: "Winner"));

        using var batches = new RecordBatches("write");
        var saves = cases.Select(id => db.Store.SaveAsync(Write(id, 1, [2, 3], givenNames: "Second"))).ToList();
        await Assert.ThrowsAsync<InconsistentStateException>(() => saves[17]);
        var versions = await Task.WhenAll(saves.Where((_, i) => i != 17));

        Assert.True(batches.Sizes.Sum() >= 50 && batches.Sizes.Count < 50, $"batches: {string.Join(", ", batches.Sizes)}");

        Assert.All(versions, version => Assert.Equal(2, version));
        Assert.Equal(49, await db.ScalarAsync("SELECT count(*) FROM reception_case WHERE version = 2 AND given_names = 'Second'"));
        Assert.Equal(49 * 3 + 2, await db.ScalarAsync("SELECT count(*) FROM reception_case_event"));
        Assert.Equal("Winner", await db.TextAsync($"SELECT given_names FROM reception_case WHERE case_id = '{stale}'"));
        Assert.Equal(2, await db.ScalarAsync($"SELECT max(sequence) FROM reception_case_event WHERE case_id = '{stale}'"));
        Assert.Equal(50, await db.ScalarAsync("SELECT count(*) FROM reception_referral WHERE status = 'accepted'")); // 49 + the winner's
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Two_activations_saving_one_case_at_once_have_one_winner(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var caseId = NewCaseId();
        await db.Store.SaveAsync(Write(caseId, null, [1]));

        var saves = new[] { "First", "Second" }.Select(name => db.Store.SaveAsync(Write(caseId, 1, [2], givenNames: name))).ToList();
        var append = db.Store.AppendAsync(caseId, [Event(3, "viewed")]);
        var outcomes = await Task.WhenAll(saves.Select(async save =>
        {
            try
            {
                return await save;
            }
            catch (InconsistentStateException)
            {
                return -1;
            }
        }));
        await append;

        Assert.Equal([-1, 2], outcomes.Order());
        Assert.Equal(2, (await db.Store.LoadAsync(caseId))!.Version);
        Assert.Equal(3, await db.ScalarAsync($"SELECT count(*) FROM reception_case_event WHERE case_id = '{caseId}'"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Events_cannot_be_updated_or_deleted(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var caseId = NewCaseId();
        await db.Store.SaveAsync(Write(caseId, null, [1]));

        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync($"UPDATE reception_case_event SET actor = 'eve' WHERE case_id = '{caseId}'"));
        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync($"DELETE FROM reception_case_event WHERE case_id = '{caseId}'"));

        Assert.Equal("ana", await db.TextAsync($"SELECT actor FROM reception_case_event WHERE case_id = '{caseId}'"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_append_with_a_taken_sequence_fails_alone_and_appends_none(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var clash = NewCaseId();
        var others = Enumerable.Range(0, 10).Select(_ => NewCaseId()).ToList();
        await Task.WhenAll(others.Append(clash).Select(id => db.Store.SaveAsync(Write(id, null, [1]))));

        var appends = others.Select(id => db.Store.AppendAsync(id, [Event(2, "viewed")])).ToList();
        var clashing = db.Store.AppendAsync(clash, [Event(2, "viewed"), Event(1, "viewed")]);

        await Assert.ThrowsAsync<InconsistentStateException>(() => clashing);
        await Task.WhenAll(appends);
        Assert.Equal(1, await db.ScalarAsync($"SELECT count(*) FROM reception_case_event WHERE case_id = '{clash}'"));
        Assert.Equal(10, await db.ScalarAsync("SELECT count(*) FROM reception_case_event WHERE action = 'viewed'"));
        Assert.Equal(1, (await db.Store.LoadAsync(others[0]))!.Version); // an append changes no version
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Events_read_newest_first_in_pages_below_the_cursor(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var caseId = NewCaseId();
        await db.Store.SaveAsync(Write(caseId, null, [1, 2, 3, 4]));
        await db.Store.AppendAsync(caseId, [Event(5, "viewed"), Event(6, "viewed"), Event(7, "viewed")]);

        var first = await db.Store.ReadEventsAsync(caseId, null, 3);
        var second = await db.Store.ReadEventsAsync(caseId, first[^1].Sequence, 3);
        var last = await db.Store.ReadEventsAsync(caseId, second[^1].Sequence, 3);

        Assert.Equal([7, 6, 5], first.Select(e => e.Sequence));
        Assert.Equal([4, 3, 2], second.Select(e => e.Sequence));
        Assert.Equal([1], last.Select(e => e.Sequence));
        var expected = Event(7, "viewed");
        var read = first[0];
        Assert.Equal((expected.At, expected.UserName, expected.Role, expected.Action, expected.Detail), (read.At, read.UserName, read.Role, read.Action, read.Detail));
        Assert.Equal(expected.Facts, read.Facts);
        Assert.Equal(ActorRole.PointManager, read.Role);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_unmet_need_keeps_the_first_day_it_was_recorded(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var caseId = NewCaseId();

        await db.Store.SaveAsync(Write(caseId, null, [1], needDay: new DateOnly(2026, 11, 22)));
        await db.Store.SaveAsync(Write(caseId, 1, [2], needDay: new DateOnly(2026, 11, 24)));

        Assert.Equal(1, await db.ScalarAsync($"SELECT count(*) FROM reception_unmet_need WHERE case_id = '{caseId}'"));
        var day = await db.TextAsync($"SELECT local_date FROM reception_unmet_need WHERE case_id = '{caseId}'");
        Assert.StartsWith("2026-11-22", day);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Access_entries_are_appended(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => db.Store.AppendAccessAsync(
            new AccessEntry(Now, "ana", "pointManager", "queueListed", "point:TIJ", i, new Dictionary<string, string> { ["stage"] = "arrived" }))));

        Assert.Equal(5, await db.ScalarAsync("SELECT count(*) FROM reception_access_log WHERE subject = 'point:TIJ'"));
        Assert.Equal(10, await db.ScalarAsync("SELECT sum(listed) FROM reception_access_log"));
    }

    [Fact]
    public async Task Saves_of_200_cases_share_far_fewer_than_200_transactions_on_postgres()
    {
        await using var db = await RecordDatabase.CreateAsync(DatabaseEngine.Postgres);
        var writes = Enumerable.Range(0, 200).Select(_ => Write(NewCaseId(), null, [1, 2])).ToList();
        await db.Store.LoadAsync("warm-up"); // opens the pool's first connection outside the count

        // Every writing transaction takes a transaction id, and taking one is immediate (pg_stat_database's
        // xact_commit is flushed by backends lazily, so it would race the assertion). Each probe takes one too.
        var before = await db.ScalarAsync("SELECT pg_current_xact_id()::text::bigint");
        var versions = await Task.WhenAll(writes.Select(db.Store.SaveAsync));
        var after = await db.ScalarAsync("SELECT pg_current_xact_id()::text::bigint");

        Assert.All(versions, version => Assert.Equal(1, version));
        Assert.Equal(200, await db.ScalarAsync("SELECT count(*) FROM reception_case"));
        Assert.Equal(400, await db.ScalarAsync("SELECT count(*) FROM reception_case_event"));
        output.WriteLine($"200 saves took {after - before - 1} transactions");
        Assert.InRange(after - before - 1, 1, 99);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_batch_that_fails_as_a_whole_fails_every_caller_and_writes_nothing(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        await db.ExecuteAsync("DROP TABLE reception_referral");

        var saves = Enumerable.Range(0, 20).Select(_ => db.Store.SaveAsync(Write(NewCaseId(), null, [1]))).ToList();

        foreach (var save in saves)
        {
            await Assert.ThrowsAnyAsync<DbException>(() => save);
        }

        Assert.Equal(0, await db.ScalarAsync("SELECT count(*) FROM reception_case"));
        Assert.Equal(0, await db.ScalarAsync("SELECT count(*) FROM reception_case_event"));
    }

    [Fact]
    public async Task Every_caller_of_a_batch_fails_at_once_when_the_server_cannot_be_reached()
    {
        await using var db = await RecordDatabase.CreateAsync(DatabaseEngine.Postgres);
        await using var unreachable = new Reception.Silo.Records.PostgresRecordStore(
            $"Host=127.0.0.1;Port={Infrastructure.PostgresServer.FreePort()};Username=postgres;Timeout=2");

        var saves = Enumerable.Range(0, 20).Select(_ => unreachable.SaveAsync(Write(NewCaseId(), null, [1]))).ToList();

        var errors = new List<Exception>();
        foreach (var save in saves)
        {
            errors.Add(await Assert.ThrowsAnyAsync<NpgsqlException>(() => save));
        }

        // A lost connection is not retried write by write: a batch's callers share its one failure.
        Assert.True(errors.Distinct().Count() < errors.Count, $"{errors.Distinct().Count()} distinct failures");
    }
}
