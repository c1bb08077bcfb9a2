using Reception.Contracts.People;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Grains.People;
using Reception.Grains.Records;
using Reception.Silo.Records;

namespace Reception.Tests.Records;

/// <summary>
/// Searching the record on both real engines: every scope (a manager never sees another point's case, a provider
/// only cases referred to their programs, a coordinator all), names found whatever the spelling, case ids and
/// certificates, the filters, and pages newest first through the cursor.
/// </summary>
public sealed class PeopleRecordTests
{
    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Start.AddDays(40);
    private static readonly TimeSpan AccessAfterClose = new PrivacyOptions().ProviderAccessAfterClose;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Searches_honour_every_scope_and_find_names_whatever_the_spelling(DatabaseEngine engine)
    {
        await using var database = await RecordDatabase.CreateAsync(engine);
        var tijFirst = await WriteAsync(database, "TIJ", "María Guadalupe", "Velázquez Hernández", hours: 0);
        var tijSecond = await WriteAsync(database, "TIJ", "José", "Velázquez Ruiz", hours: 1);
        var mxlReferred = await WriteAsync(database, "MXL", "Rosa", "Velázquez Núñez", hours: 2, program: "shelter-mxl");
        var people = new SqlPeopleRecord(engine, database.ConnectionString);
        async Task<string[]> FoundAsync(CaseSearch search, SearchScope scope) =>
            (await people.SearchAsync(search, scope)).Items.Select(i => i.CaseId).ToArray();
        var byName = new CaseSearch(Q: "velazquez");

        Assert.Equal([mxlReferred, tijSecond, tijFirst], await FoundAsync(byName, Actor.Coordinator("c").CaseSearchScope(Now, AccessAfterClose)));
        Assert.Equal([tijSecond, tijFirst], await FoundAsync(byName, Actor.Manager("m", "TIJ").CaseSearchScope(Now, AccessAfterClose)));
        Assert.Empty(await FoundAsync(byName, Actor.Manager("m", "NLD").CaseSearchScope(Now, AccessAfterClose)));
        Assert.Equal([mxlReferred], await FoundAsync(byName, new Actor("p", ActorRole.Provider, [], ["shelter-mxl"]).CaseSearchScope(Now, AccessAfterClose)));
        Assert.Empty(await FoundAsync(byName, new Actor("p", ActorRole.Provider, [], ["health-tij"]).CaseSearchScope(Now, AccessAfterClose)));

        var all = SearchScope.Everything;
        // Accents, b/v, z/s, "Ma." and surnames in any order; an initial matches a word's first letter.
        Assert.Equal([tijFirst], await FoundAsync(new CaseSearch(Q: "Ma. Guadalupe Hernandes Belasques"), all));
        Assert.Equal([tijSecond], await FoundAsync(new CaseSearch(Q: "J. Velazquez"), all));
        // Two letters swapped change the phonetic word; PostgreSQL's trigram similarity still finds the full name.
        Assert.Equal(engine == DatabaseEngine.Postgres ? [tijFirst] : [], await FoundAsync(new CaseSearch(Q: "Maria Guadalupe Velazqeuz Hernandez"), all));
        Assert.Equal([tijFirst], await FoundAsync(new CaseSearch(Q: tijFirst.ToLowerInvariant()), all));
        Assert.Equal([tijSecond], await FoundAsync(new CaseSearch(Q: $"TIJ-{tijSecond}"), all));
        Assert.Equal([mxlReferred], await FoundAsync(byName with { Point = "MXL" }, all));
        Assert.Equal([tijFirst], await FoundAsync(new CaseSearch(Curp: Curp(tijFirst)), all));
        Assert.Equal([tijSecond], await FoundAsync(new CaseSearch(DateOfBirth: new DateOnly(1991, 1, 1)), all));
        Assert.Equal([mxlReferred, tijSecond, tijFirst], await FoundAsync(byName with { Stage = Stage.Arrived, From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 1) }, all));
        Assert.Empty(await FoundAsync(byName with { From = new DateOnly(2026, 3, 2) }, all));

        var first = await people.SearchAsync(byName with { Limit = 2 }, all);
        Assert.Equal([mxlReferred, tijSecond], first.Items.Select(i => i.CaseId));
        var second = await people.SearchAsync(byName with { Limit = 2, Cursor = first.Next }, all);
        Assert.Equal([tijFirst], second.Items.Select(i => i.CaseId));
        Assert.Null(second.Next);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_person_has_their_cases_in_order_and_a_curp_finds_its_person(DatabaseEngine engine)
    {
        await using var database = await RecordDatabase.CreateAsync(engine);
        var earlier = await WriteAsync(database, "TIJ", "Ana", "Soto Díaz", hours: 0);
        var later = await WriteAsync(database, "MXL", "Ana", "Soto", hours: 30, personOf: earlier, program: "shelter-mxl");
        var people = new SqlPeopleRecord(engine, database.ConnectionString);

        var cases = await people.CasesOfPersonAsync(PersonIds.OfFirstCase(earlier));
        Assert.Equal([(earlier, "TIJ"), (later, "MXL")], cases.Select(c => (c.CaseId, c.PointCode)));
        Assert.Equal(["shelter-mxl"], cases[1].ProgramIds);
        Assert.Equal(PersonIds.OfFirstCase(earlier), await people.PersonWithCurpAsync(Curp(earlier), later));
        Assert.Null(await people.PersonWithCurpAsync(Curp(later), later));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_provider_finds_a_case_while_its_referral_gives_access_and_not_after(DatabaseEngine engine)
    {
        await using var database = await RecordDatabase.CreateAsync(engine);
        var open = await WriteAsync(database, "TIJ", "Luis", "Mora Gil", hours: 0, program: "food-tij");
        var closedLately = await WriteAsync(database, "TIJ", "Luis", "Mora Paz", hours: 1, program: "food-tij", closedAt: Now - AccessAfterClose + TimeSpan.FromMinutes(1));
        var closedLongAgo = await WriteAsync(database, "TIJ", "Luis", "Mora Rey", hours: 2, program: "food-tij", closedAt: Now - AccessAfterClose - TimeSpan.FromMinutes(1), personOf: open);
        var people = new SqlPeopleRecord(engine, database.ConnectionString);
        var cook = new Actor("cook", ActorRole.Provider, [], ["food-tij"]);

        var found = await people.SearchAsync(new CaseSearch(Q: "mora"), cook.CaseSearchScope(Now, AccessAfterClose));
        Assert.Equal([closedLately, open], found.Items.Select(i => i.CaseId));
        // The same rule over a person's cases: the case closed long ago no longer lets the provider read it.
        var cases = await people.CasesOfPersonAsync(PersonIds.OfFirstCase(open));
        Assert.Equal([(open, true), (closedLongAgo, false)], cases.Select(c => (c.CaseId, c.ProgramIdsWithAccess(Now, AccessAfterClose).Contains("food-tij"))));
        Assert.Equal(["food-tij"], cases[1].ProgramIds);
        // A manager's scope is not limited by referrals.
        Assert.Equal(3, (await people.SearchAsync(new CaseSearch(Q: "mora"), Actor.Manager("m", "TIJ").CaseSearchScope(Now, AccessAfterClose))).Items.Count);
    }

    private static string Curp(string caseId) => $"CURP{caseId}";

    private static async Task<string> WriteAsync(RecordDatabase database, string point, string given, string surnames, int hours, string? program = null, string? personOf = null,
        DateTimeOffset? closedAt = null)
    {
        var caseId = CaseIds.New();
        var arrived = Start.AddHours(hours);
        var born = new DateOnly(1990 + hours % 3, 1, 1);
        var row = CaseWrites.Row(caseId) with
        {
            PersonId = PersonIds.OfFirstCase(personOf ?? caseId),
            PointCode = point,
            ArrivedAt = arrived,
            ArrivalLocalDate = DateOnly.FromDateTime(arrived.UtcDateTime.AddHours(-7)),
            CertificateNumber = $"{point}-{caseId}",
            GivenNames = given,
            Surnames = surnames,
            SearchName = SearchNames.Normalize($"{given} {surnames}"),
            DateOfBirth = born,
            Curp = Curp(caseId),
            Stage = "arrived",
            BirthYear = born.Year,
            PhoneticName = PhoneticNames.Of(given, surnames),
        };
        IReadOnlyList<ReferralRow> referrals = program is null ? [] :
            [new ReferralRow($"{caseId}-1", caseId, program, point, closedAt is null ? "pending" : "completed", false, arrived, row.ArrivalLocalDate, row.ArrivalLocalDate,
                null, null, closedAt, closedAt is { } closed ? DateOnly.FromDateTime(closed.UtcDateTime) : null, closedAt is { } c ? DateOnly.FromDateTime(c.UtcDateTime) : null)];
        await database.Store.SaveAsync(new CaseWrite(caseId, null, [1], row, referrals, [], [], NameKeys.For(given, surnames)));
        return caseId;
    }
}
