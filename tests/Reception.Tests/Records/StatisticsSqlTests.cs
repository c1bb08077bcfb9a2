using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.Data.Sqlite;
using MiniExcelLibs;
using Npgsql;
using Reception.Api.Statistics;
using Reception.Contracts.Statistics;
using Reception.Db;
using Reception.Grains.Records;
using Reception.Silo.Records;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Records;

/// <summary>
/// The statistics' queries on both real engines: cases across months, points, sexes, ages and accompaniment written
/// straight into the record's tables; the bulletin's cells, totals, flows and profile read back exactly; and the
/// bulletin's CSV and XLSX parsed back with the same numbers, small counts suppressed only when asked.
/// </summary>
public sealed class StatisticsSqlTests
{
    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    private static readonly StatisticsFilter Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null);

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_bulletin_has_exactly_the_expected_cells_and_totals_equal_the_records(DatabaseEngine engine)
    {
        var (statistics, count) = await SeededAsync(engine);

        var cells = await statistics.BulletinAsync(Year);
        var totals = await statistics.TotalsAsync(Year);
        var tij = await statistics.BulletinAsync(Year with { Points = ["TIJ"] });

        Assert.Equal(
            [
                new BulletinCount("NLD", "female", "0-11", "accompanied", "Oaxaca", 2, 2),
                new BulletinCount("NLD", "male", "18+", "notApplicable", null, 1, 1),
                new BulletinCount("TIJ", "female", "18+", "notApplicable", "Jalisco", 1, 1),
                new BulletinCount("TIJ", "male", "12-17", "unaccompanied", "Guerrero", 3, 3),
                new BulletinCount("TIJ", "male", "18+", "notApplicable", "Michoacán", 4, 3),
                new BulletinCount("TIJ", "unspecified", "unknown", "notApplicable", null, 1, 1),
            ],
            cells.OrderBy(c => c.Point).ThenBy(c => c.Sex).ThenBy(c => c.AgeGroup).ToList());
        Assert.Equal(count(Year), totals.Events);
        Assert.Equal(cells.Sum(c => c.Events), totals.Events);
        Assert.Equal(12, totals.Events);
        Assert.Equal(10, totals.People); // Pc1 returned twice in one cell; Pc3 once at TIJ and once at NLD
        Assert.Equal(9, tij.Sum(c => c.Events));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Flows_profile_and_needs_count_the_same_cases(DatabaseEngine engine)
    {
        var (statistics, _) = await SeededAsync(engine);

        var days = await statistics.ArrivalsAsync(Year);
        var (profile, cases, assessed) = await statistics.ProfileAsync(Year);
        var march = await statistics.BulletinAsync(Year with { From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 31) });

        Assert.Equal(12, days.Sum(d => d.Arrivals));
        Assert.Equal(2, days.Sum(d => d.WithNotice));
        Assert.Equal(3, days.Select(d => d.Day.Month).Distinct().Count());
        Assert.Equal(12, cases);
        Assert.Equal(2, assessed);
        Assert.Equal(2, profile.Where(p => p.Dimension == "educationLevel").Sum(p => p.Cases));
        Assert.Equal(1, profile.Single(p => p.Dimension == "documentsHeld" && p.Value == "none").Cases);
        Assert.Equal(1, profile.Single(p => p.Dimension == "documentsHeld" && p.Value == "voterId").Cases);
        Assert.Equal(1, profile.Single(p => p.Dimension == "yearsAbroad" && p.Value == "10-19").Cases);
        Assert.Equal(3, march.Sum(c => c.Events));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_exports_parse_back_with_the_same_numbers_and_suppress_small_counts_when_asked(DatabaseEngine engine)
    {
        var (statistics, _) = await SeededAsync(engine);
        var cells = await statistics.BulletinAsync(Year);
        var states = new Dictionary<string, string> { ["TIJ"] = "Baja California", ["NLD"] = "Tamaulipas" };
        var bulletin = new Bulletin(Year.From, Year.To, null, DateTimeOffset.UnixEpoch,
            cells.Select(c => new BulletinRow(states[c.Point], c.Point, c.Sex, c.AgeGroup, c.Accompaniment, c.OriginState, c.Events, c.People)).ToList(),
            new StatisticsTotals(12, 10));

        var full = BulletinTable.Grid(bulletin, suppress: false, StatisticsLabels.English);
        var suppressed = BulletinTable.Grid(bulletin, suppress: true, StatisticsLabels.English);
        var csv = StatisticsFiles.Csv(full);
        var csvRows = ParseCsv(csv);
        var xlsxRows = ParseXlsx(StatisticsFiles.Xlsx(suppressed, "Boletin"));

        Assert.Equal(Encoding.UTF8.GetPreamble(), csv.Take(3));
        var header = csvRows.First(r => r[0] == "State");
        var tij = csvRows.First(r => r.Count > 1 && r[1] == "TIJ");
        Assert.Equal("4", tij[header.IndexOf("Men 18 and over")]);
        Assert.Equal("3", tij[header.IndexOf("Men 12 to 17 unaccompanied")]);
        Assert.Equal("1", tij[header.IndexOf("Women 18 and over")]);
        Assert.Equal("9", tij[^1]);
        Assert.Equal("12", csvRows.First(r => r[0] == "National total")[^1]);
        Assert.Contains(csvRows, r => r[0] == "Period" && r.Count > 1 && r[1].Contains("2026-01-01", StringComparison.Ordinal));
        Assert.Contains(csvRows, r => r[0] == "Generated");

        var xHeader = xlsxRows.First(r => r[0] == "State");
        var xTij = xlsxRows.First(r => r.Count > 1 && r[1] == "TIJ");
        var xNld = xlsxRows.First(r => r.Count > 1 && r[1] == "NLD");
        Assert.Equal("4", xTij[xHeader.IndexOf("Men 18 and over")]);
        Assert.Equal("<3", xTij[xHeader.IndexOf("Women 18 and over")]);
        Assert.Equal("<3", xNld[xHeader.IndexOf("Women 0 to 11 accompanied")]);
        Assert.Equal("9", xTij[^1]);
        Assert.Equal("12", xlsxRows.First(r => r[0] == "National total")[^1]);
        Assert.Contains(xlsxRows, r => r[0] == "Note" && r.Count > 1 && r[1].Contains("<3", StringComparison.Ordinal));
    }

    private static List<List<string>> ParseCsv(byte[] bytes)
    {
        using var reader = new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<List<string>>();
        while (csv.Read())
        {
            rows.Add([.. csv.Record!]);
        }
        return rows.Select(r => r.Count == 0 ? [""] : r).ToList();
    }

    private static List<List<string>> ParseXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return MiniExcel.Query(stream, useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Reverse().SkipWhile(v => v is null).Reverse()
                .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").DefaultIfEmpty("").ToList())
            .ToList();
    }

    /// <summary>
    /// TIJ: 4 men 18+ from Michoacán (Pc1 twice, January and March; Pc3 aged 60+), a woman 18+ from Jalisco (February),
    /// 3 unaccompanied boys 12-17 from Guerrero (one the return of a 2025 case, Pc13), one case of unknown sex and age;
    /// NLD: 2 accompanied girls 0-11 from Oaxaca, a man 60+ of unknown origin (Pc3 again): 12 cases, 10 people. One TIJ
    /// case arrived in 2025 and one at TIJ in 2027: outside the year. Persons follow PersonIds: a case's own is "P" + its id.
    /// </summary>
    private static async Task<(IStatistics Statistics, Func<StatisticsFilter, int> Count)> SeededAsync(DatabaseEngine engine)
    {
        var connectionString = engine == DatabaseEngine.Postgres
            ? PostgresServer.Shared.CreateDatabase("stats")
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"reception-stats-{Guid.NewGuid():N}.db")};Pooling=False";
        await SchemaMigrator.ApplyAsync(engine, connectionString);
        var inYear = 0;
        await using (var connection = engine == DatabaseEngine.Postgres ? (DbConnection)new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            var n = 0;
            // person: the case's person id ("P" + the id of the person's first case, as PersonIds gives them).
            async Task Case(string point, DateOnly day, string sex, string? age, bool unaccompanied, string? origin, string? person = null,
                string? notice = null, string? education = null, string[]? documents = null, int? years = null)
            {
                n++;
                inYear += day.Year == 2026 ? 1 : 0;
                var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
                await InsertAsync(connection, engine, new()
                {
                    ["case_id"] = $"c{n}", ["version"] = 1L, ["state"] = new byte[] { 0 }, ["person_id"] = person, ["point_code"] = point,
                    ["arrived_at"] = at, ["arrival_local_date"] = day, ["certificate_number"] = $"CERT-{n}", ["notice_id"] = notice,
                    ["given_names"] = "Ana", ["surnames"] = "Pérez", ["search_name"] = "ANA PEREZ", ["sex"] = sex, ["age_group"] = age,
                    ["unaccompanied_minor"] = unaccompanied, ["accompanied_minor"] = !unaccompanied && age is "0-11" or "12-17",
                    ["vulnerabilities"] = Array.Empty<string>(), ["priority"] = "normal", ["origin_state"] = origin, ["stage"] = "arrived",
                    ["stage_at"] = at, ["unmet_needs"] = Array.Empty<string>(), ["updated_at"] = at,
                    ["education_level"] = education, ["years_abroad"] = years, ["documents_held"] = documents,
                    ["destination_state"] = education is null ? null : "Jalisco",
                });
            }
            var jan = new DateOnly(2026, 1, 15);
            var feb = new DateOnly(2026, 2, 10);
            var mar = new DateOnly(2026, 3, 5);
            await Case("TIJ", jan, "male", "18-59", false, "Michoacán", person: "Pc1", notice: "TIJ-N1", education: "secondary", documents: ["voterId"], years: 12);
            await Case("TIJ", mar, "male", "18-59", false, "Michoacán", person: "Pc1");
            await Case("TIJ", jan, "male", "60+", false, "Michoacán", person: "Pc3", notice: "TIJ-N1");
            await Case("TIJ", feb, "male", "18-59", false, "Michoacán", education: "primary", documents: [], years: 1);
            await Case("TIJ", feb, "female", "18-59", false, "Jalisco");
            await Case("TIJ", feb, "male", "12-17", true, "Guerrero", person: "Pc13");
            await Case("TIJ", feb, "male", "12-17", true, "Guerrero", person: "Pc7");
            await Case("TIJ", mar, "male", "12-17", true, "Guerrero");
            await Case("TIJ", mar, "unspecified", null, false, null);
            await Case("NLD", jan, "female", "0-11", false, "Oaxaca");
            await Case("NLD", jan, "female", "0-11", false, "Oaxaca");
            await Case("NLD", feb, "male", "60+", false, null, person: "Pc3");
            await Case("TIJ", new DateOnly(2025, 12, 31), "male", "18-59", false, "Michoacán", person: "Pc13");
            await Case("TIJ", new DateOnly(2027, 1, 1), "male", "18-59", false, "Michoacán");
        }
        var total = inYear;
        return (RecordStoreSiloBuilderExtensions.CreateStatistics(engine, connectionString), _ => total);
    }

    private static async Task InsertAsync(DbConnection connection, DatabaseEngine engine, Dictionary<string, object?> values)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO reception_case ({string.Join(", ", values.Keys)}) VALUES ({string.Join(", ", values.Keys.Select(k => "@" + k))})";
        foreach (var (name, value) in values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = (engine == DatabaseEngine.Postgres ? value : value switch
            {
                DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                bool flag => flag ? 1 : 0,
                string[] list => JsonSerializer.Serialize(list),
                _ => value,
            }) ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync();
    }
}
