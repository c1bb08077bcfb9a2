using Reception.Contracts.Catalog;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Silo.Records;
using Reception.Silo.Storage;

namespace Reception.Tests.Records;

/// <summary>
/// The catalog's event log in the record, on both real engines: every field read back as written, newest first, and an
/// event appended again (the catalog grain's outbox after a failed hand-over) left as it was.
/// </summary>
public sealed class CatalogRecordTests
{
    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    private static readonly DateTimeOffset At = new(2026, 11, 30, 18, 5, 0, 123, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Events_read_back_newest_first_and_a_repeated_append_changes_nothing(DatabaseEngine engine)
    {
        await using var database = await RecordDatabase.CreateAsync(engine);
        var record = new SqlCatalogRecord(engine, database.ConnectionString, engine == DatabaseEngine.Sqlite ? new SqliteWriteGate() : null);
        var created = new CatalogEvent(1, At, "admin", ActorRole.Administrator, CatalogEntryKind.Point, "APR", CatalogAction.Created,
            [new FieldChange("name", null, "Agua Prieta, Sonora"), new FieldChange("timeZone", null, "America/Hermosillo")]);
        var renamed = new CatalogEvent(2, At.AddMinutes(3), "admin", ActorRole.Administrator, CatalogEntryKind.Point, "APR", CatalogAction.Updated,
            [new FieldChange("name", "Agua Prieta, Sonora", "Agua Prieta (puerta \"2\")")]);
        var seeded = new CatalogEvent(3, At.AddMinutes(4), "system", ActorRole.System, CatalogEntryKind.Program, "dif-apr", CatalogAction.Deactivated, []);

        await record.AppendAsync([created, renamed]);
        await record.AppendAsync([renamed with { UserName = "someone else" }, seeded]);

        var latest = await record.LatestAsync(10);
        Assert.Equal([3L, 2L, 1L], latest.Select(e => e.Sequence));
        Assert.Equal(seeded, latest[0] with { Changes = seeded.Changes });
        Assert.Empty(latest[0].Changes);
        Assert.Equal((renamed.UserName, renamed.At, renamed.Action), (latest[1].UserName, latest[1].At, latest[1].Action));
        Assert.Equal(renamed.Changes, latest[1].Changes);
        Assert.Equal(created.Changes, latest[2].Changes);
        Assert.Equal((ActorRole.Administrator, CatalogEntryKind.Point, "APR"), (latest[2].Role, latest[2].Kind, latest[2].Key));
        Assert.Equal([3L, 2L], (await record.LatestAsync(2)).Select(e => e.Sequence));
    }
}
