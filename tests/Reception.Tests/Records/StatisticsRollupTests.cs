using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Grains.Records;
using Reception.Silo.Records;
using static Reception.Tests.Records.CaseWrites;

namespace Reception.Tests.Records;

/// <summary>
/// The monthly counts and the cases of repeat persons (db scripts postgres/010, sqlite/008) written through the record
/// store on both engines: after registrations (many to a batch), a correction that moves a case to another cell and
/// month, a person link and an unlink, and a case's progress that changes nothing counted, the tables say exactly
/// what the cases say, and the bulletin and its totals over whole and partial months equal a count of the cases.
/// </summary>
public sealed class StatisticsRollupTests
{
    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    private static readonly string[] Points = ["TIJ", "NLD", "MXL"];
    private static readonly string[] Sexes = ["male", "female", "unspecified"];
    private static readonly string?[] Ages = ["18-59", "60+", "12-17", "0-11", null];
    private static readonly string?[] Origins = ["Michoacán", "Oaxaca", null];

    private static readonly (DateOnly From, DateOnly To)[] Periods =
    [
        (new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)),
        (new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28)),
        (new DateOnly(2025, 2, 15), new DateOnly(2025, 3, 31)),
        (new DateOnly(2025, 1, 25), new DateOnly(2025, 4, 5)),
        (new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 20)),
        (new DateOnly(2025, 2, 20), new DateOnly(2025, 3, 10)),
    ];

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_monthly_counts_follow_registrations_corrections_and_person_links(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var statistics = RecordStoreSiloBuilderExtensions.CreateStatistics(engine, db.ConnectionString);
        var ids = Enumerable.Range(0, 48).Select(_ => NewCaseId()).ToArray();
        // Every fourth case is the return of the case two before it (its person); the rest are persons of their own.
        string PersonOf(int i) => PersonIds.OfFirstCase(i % 4 == 3 ? ids[i - 2] : ids[i]);

        await Task.WhenAll(ids.Select((id, i) => db.Store.SaveAsync(Case(id, null, row => Like(row, i)))));
        Assert.True(await db.ScalarAsync("SELECT count(*) FROM reception_statistics_repeat") > 0);
        await AssertAgreeAsync(db, statistics);

        // A correction moves case 1 to another point, sex, age group, accompaniment, origin and month; another puts
        // case 5 in the cell and on the day of case 7, the return of the same person (two cases, one person there).
        await db.Store.SaveAsync(Case(ids[1], 1, row => Like(row, 1) with
        {
            PointCode = "NLD", Sex = "female", AgeGroup = "12-17", UnaccompaniedMinor = true, OriginState = null,
            ArrivalLocalDate = new DateOnly(2025, 3, 31),
        }));
        await db.Store.SaveAsync(Case(ids[5], 1, row => Like(row, 7)));
        Assert.Equal(PersonOf(5), PersonOf(7));
        await AssertAgreeAsync(db, statistics);

        // Case 10 is linked to case 0's person, then case 3 (a return) is unlinked to a new person of its own.
        await db.Store.SaveAsync(Case(ids[10], 1, row => Like(row, 10) with { PersonId = PersonOf(0) }));
        await AssertAgreeAsync(db, statistics);
        await db.Store.SaveAsync(Case(ids[3], 1, row => Like(row, 3) with { PersonId = PersonIds.New() }));
        await db.Store.SaveAsync(Case(ids[2], 1, row => Like(row, 2) with { Stage = "departed" }));
        await AssertAgreeAsync(db, statistics);

        // Both cases of a person move to another: the first person's rows go, the other's come.
        await db.Store.SaveAsync(Case(ids[7], 1, row => Like(row, 7) with { PersonId = PersonOf(12) }));
        await db.Store.SaveAsync(Case(ids[5], 2, row => Like(row, 7) with { PersonId = PersonOf(12) }));
        await AssertAgreeAsync(db, statistics);

        CaseRow Like(CaseRow row, int i) => row with
        {
            PersonId = PersonOf(i),
            PointCode = Points[i % 3],
            Sex = Sexes[i % 3 == 0 ? 0 : i % 2 + 1],
            AgeGroup = Ages[i % 5],
            UnaccompaniedMinor = Ages[i % 5] is "12-17" or "0-11" && i % 2 == 0,
            OriginState = Origins[i % 3 == 0 ? 0 : i / 3 % 3],
            ArrivalLocalDate = new DateOnly(2025, 1, 20).AddDays(i * 2),
        };
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Returns_of_one_person_registered_in_concurrent_batches_are_all_counted(DatabaseEngine engine)
    {
        // On PostgreSQL up to three batches commit at once, none seeing the others' cases: each must still find the
        // person's other cases (db/postgres/010, the persons' locks).
        await using var db = await RecordDatabase.CreateAsync(engine);
        var statistics = RecordStoreSiloBuilderExtensions.CreateStatistics(engine, db.ConnectionString);
        var ids = Enumerable.Range(0, 320).Select(_ => NewCaseId()).ToArray();

        foreach (var wave in ids.Index().Chunk(64))
        {
            await Task.WhenAll(wave.Select(c => db.Store.SaveAsync(Case(c.Item, null, row => row with
            {
                PersonId = PersonIds.OfFirstCase(ids[c.Index % 8]),
                ArrivalLocalDate = new DateOnly(2025, 1 + c.Index % 3, 1 + c.Index % 28),
            }))));
        }

        Assert.Equal(320, await db.ScalarAsync("SELECT count(*) FROM reception_statistics_repeat"));
        Assert.Equal((320, 8), await statistics.TotalsAsync(new StatisticsFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), null)));
        await AssertAgreeAsync(db, statistics);
    }

    [Fact]
    public async Task On_PostgreSQL_a_second_transaction_adding_a_case_to_the_same_person_waits_and_counts_both()
    {
        await using var db = await RecordDatabase.CreateAsync(DatabaseEngine.Postgres);
        await using var first = new NpgsqlConnection(db.ConnectionString);
        await using var second = new NpgsqlConnection(db.ConnectionString);
        await first.OpenAsync();
        await second.OpenAsync();
        // Two cells, so that only the person's lock can make the second wait (not the month's row).
        static string Insert(string caseId, string sex) => $"""
            INSERT INTO reception_case (case_id, version, state, person_id, point_code, arrived_at, arrival_local_date, certificate_number,
                given_names, surnames, search_name, sex, unaccompanied_minor, accompanied_minor, vulnerabilities, priority, stage, stage_at,
                unmet_needs, updated_at)
            VALUES ('{caseId}', 1, '\x00', 'Pa', 'TIJ', now(), '2025-03-01', 'C', 'Ana', 'Paz', 'ANA PAZ', '{sex}', false, false, ARRAY[]::text[],
                'normal', 'arrived', now(), ARRAY[]::text[], now())
            """;

        await using var one = await first.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(Insert("a", "female"), first, one))
        {
            await command.ExecuteNonQueryAsync();
        }
        await using var two = await second.BeginTransactionAsync();
        await using var secondInsert = new NpgsqlCommand(Insert("b", "male"), second, two);
        var waiting = secondInsert.ExecuteNonQueryAsync();
        await Task.Delay(500);
        Assert.False(waiting.IsCompleted, "the second transaction should wait for the first one's lock of person Pa");
        await one.CommitAsync();
        await waiting;
        await two.CommitAsync();

        Assert.Equal(2, await db.ScalarAsync("SELECT count(*) FROM reception_statistics_repeat WHERE person_id = 'Pa'"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_upgrade_counts_the_cases_already_stored_as_the_triggers_would(DatabaseEngine engine)
    {
        await using var db = await RecordDatabase.CreateAsync(engine);
        var ids = Enumerable.Range(0, 12).Select(_ => NewCaseId()).ToArray();
        await Task.WhenAll(ids.Select((id, i) => db.Store.SaveAsync(Case(id, null, row => row with
        {
            PersonId = PersonIds.OfFirstCase(ids[i / 3 * 3]),
            Sex = Sexes[i % 3],
            ArrivalLocalDate = new DateOnly(2025, 1 + i % 4, 10),
        }))));
        var byTrigger = await TablesAsync(db);

        await db.ExecuteAsync("DELETE FROM reception_statistics_month; DELETE FROM reception_statistics_repeat;");
        // The script's last statements count the cases stored before it.
        var script = await File.ReadAllTextAsync(engine == DatabaseEngine.Postgres
            ? Path.Combine(Infrastructure.RepositoryPaths.Root, "db", "postgres", "010_statistics_rollup.sql")
            : Path.Combine(Infrastructure.RepositoryPaths.Root, "db", "sqlite", "008_statistics_rollup.sql"));
        var fill = script[script.IndexOf("-- The cases stored before this script", StringComparison.Ordinal)..];
        await db.ExecuteAsync(fill);

        Assert.Equal(byTrigger, await TablesAsync(db));
        Assert.Contains(byTrigger, line => line.StartsWith("repeat", StringComparison.Ordinal));
    }

    private static CaseWrite Case(string caseId, long? expected, Func<CaseRow, CaseRow> shape)
    {
        var write = Write(caseId, expected, [(expected ?? 0) + 1]);
        return write with { Row = shape(write.Row) };
    }

    /// <summary>The tables agree with the cases, and the bulletin and totals of every period with a count of the cases.</summary>
    private static async Task AssertAgreeAsync(RecordDatabase db, IStatistics statistics)
    {
        var cases = await CasesAsync(db);
        var expectedMonths = cases
            .GroupBy(c => $"month {c.Day[..8]}01 {c.Point} {c.Sex} {c.Age} {c.Unaccompanied} {c.Origin}")
            .Select(g => $"{g.Key} {g.Count()}");
        var repeatPersons = cases.Where(c => c.Person is not null).GroupBy(c => c.Person).Where(g => g.Count() > 1).SelectMany(g => g);
        var expectedRepeat = repeatPersons.Select(c => $"repeat {c.CaseId} {c.Person} {c.Day} {c.Point} {c.Sex} {c.Age} {c.Unaccompanied} {c.Origin}");
        Assert.Equal(expectedMonths.Concat(expectedRepeat).Order(StringComparer.Ordinal).ToList(), await TablesAsync(db));

        foreach (var (from, to) in Periods)
        {
            foreach (var points in new IReadOnlyList<string>?[] { null, ["TIJ", "NLD"] })
            {
                var inScope = cases.Where(c => string.CompareOrdinal(c.Day, Text(from)) >= 0 && string.CompareOrdinal(c.Day, Text(to)) <= 0
                    && (points is null || points.Contains(c.Point))).ToList();
                var expected = inScope
                    .GroupBy(c => (c.Point, c.Sex, AgeGroup(c.Age), Accompaniment(c.Age, c.Unaccompanied), c.Origin))
                    .Select(g => $"{g.Key} {g.Count()} {People(g)}")
                    .Order(StringComparer.Ordinal).ToList();
                var filter = new StatisticsFilter(from, to, points);
                var cells = (await statistics.BulletinAsync(filter))
                    .Select(c => $"{(c.Point, c.Sex, c.AgeGroup, c.Accompaniment, c.OriginState)} {c.Events} {c.People}")
                    .Order(StringComparer.Ordinal).ToList();
                Assert.Equal(expected, cells);
                Assert.Equal((inScope.Count, People(inScope)), await statistics.TotalsAsync(filter));
            }
        }
    }

    private static int People(IEnumerable<Row> cases) =>
        cases.Where(c => c.Person is not null).Select(c => c.Person).Distinct().Count() + cases.Count(c => c.Person is null);

    // The bulletin's definitions as docs/record.md states them, restated here to check the SQL against.
    private static string AgeGroup(string? age) => age switch { null => "unknown", "0-11" or "12-17" => age, _ => "18+" };

    private static string Accompaniment(string? age, string unaccompanied) =>
        age is "0-11" or "12-17" ? unaccompanied == "1" ? "unaccompanied" : "accompanied" : "notApplicable";

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Row(string CaseId, string? Person, string Day, string Point, string Sex, string? Age, string Unaccompanied, string? Origin);

    private const string Columns =
        "CAST(arrival_local_date AS text), point_code, sex, age_group, CAST(CAST(unaccompanied_minor AS integer) AS text), origin_state";

    private static async Task<List<Row>> CasesAsync(RecordDatabase db) =>
        await QueryAsync(db, $"SELECT case_id, person_id, {Columns} FROM reception_case",
            r => new Row(r.GetString(0), Nullable(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), Nullable(r, 5), r.GetString(6), Nullable(r, 7)));

    /// <summary>The two tables as ordered lines: the months' nonzero counts by combination, and the repeat persons' cases.</summary>
    private static async Task<List<string>> TablesAsync(RecordDatabase db)
    {
        // PostgreSQL keeps a combination in up to eight rows (slots) that add up.
        var combination = $"CAST(month AS text), {Columns[Columns.IndexOf("point_code", StringComparison.Ordinal)..]}";
        var months = await QueryAsync(db, $"SELECT {combination}, sum(cases) FROM reception_statistics_month GROUP BY {combination} HAVING sum(cases) <> 0",
            r => $"month {r.GetString(0)} {r.GetString(1)} {r.GetString(2)} {Nullable(r, 3)} {r.GetString(4)} {Nullable(r, 5)} {r.GetValue(6)}");
        var repeat = await QueryAsync(db, $"SELECT case_id, person_id, {Columns} FROM reception_statistics_repeat",
            r => $"repeat {r.GetString(0)} {r.GetString(1)} {r.GetString(2)} {r.GetString(3)} {r.GetString(4)} {Nullable(r, 5)} {r.GetString(6)} {Nullable(r, 7)}");
        return months.Concat(repeat).Order(StringComparer.Ordinal).ToList();
    }

    private static string? Nullable(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static async Task<List<T>> QueryAsync<T>(RecordDatabase db, string sql, Func<DbDataReader, T> read)
    {
        await using DbConnection connection = db.Engine == DatabaseEngine.Postgres
            ? new NpgsqlConnection(db.ConnectionString)
            : new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

}
