using System.Data.Common;
using Reception.Db;
using Reception.Tests.Records;
using static Reception.Tests.Records.CaseWrites;

namespace Reception.Tests.Rights;

/// <summary>
/// The one change the record allows an event (db postgres/012, sqlite/010), on both engines: its detail and facts
/// rewritten once, as it is marked anonymised; never its case, time, actor, role or action, never twice, never a delete.
/// </summary>
public sealed class AnonymisedEventsTests
{
    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_event_is_rewritten_once_when_anonymised_and_never_otherwise(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var caseId = NewCaseId();
        await db.Store.SaveAsync(Write(caseId, null, [1, 2]));
        var anonymised = engine == DatabaseEngine.Postgres ? "true" : "1";

        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync($"UPDATE reception_case_event SET detail = NULL WHERE case_id = '{caseId}'"));
        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync(
            $"UPDATE reception_case_event SET actor = 'eve', anonymised = {anonymised} WHERE case_id = '{caseId}' AND sequence = 1"));
        await db.ExecuteAsync($"UPDATE reception_case_event SET detail = NULL, facts = NULL, anonymised = {anonymised} WHERE case_id = '{caseId}' AND sequence = 1");
        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync(
            $"UPDATE reception_case_event SET detail = 'again', anonymised = {anonymised} WHERE case_id = '{caseId}' AND sequence = 1"));
        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync($"DELETE FROM reception_case_event WHERE case_id = '{caseId}' AND sequence = 1"));

        Assert.Equal(0, await db.ScalarAsync($"SELECT count(*) FROM reception_case_event WHERE case_id = '{caseId}' AND sequence = 1 AND detail IS NOT NULL"));
        Assert.Equal("registered #2", await db.TextAsync($"SELECT detail FROM reception_case_event WHERE case_id = '{caseId}' AND sequence = 2"));
        Assert.Equal(2, await db.ScalarAsync($"SELECT count(*) FROM reception_case_event WHERE case_id = '{caseId}' AND actor = 'ana'"));
    }
}
