using Microsoft.Data.Sqlite;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;
using Reception.Contracts.Statistics;

namespace Reception.Tests.Workflow;

/// <summary>
/// The bulletin end to end: arrivals registered through the returnee grains over three months (the controlled
/// clock moved a month at a time), of both sexes and none stated, adults, minors accompanied and not, and no age,
/// read back through the statistics grain as exact cells, and totals equal to the point's case records (plain SQL
/// over the workflow cluster's SQLite record; the SQL tests cover PostgreSQL with the same queries).
/// A correction of the registration (issue #13) moves its case from one cell to another.
/// </summary>
[Collection(WorkflowCollection.Name)]
public sealed class StatisticsTests(WorkflowCluster cluster)
{
    private static readonly TimeZoneInfo Tijuana = TimeZoneInfo.FindSystemTimeZoneById("America/Tijuana");

    [Fact]
    public async Task Arrivals_over_three_months_make_exactly_the_expected_bulletin_cells_and_totals_equal_the_record()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var code = s.PointCode;
        var statistics = s.Grains.GetGrain<IStatisticsGrain>(IStatisticsGrain.Key);
        DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Scenario.Now, Tijuana).DateTime);
        DateOnly YearsAgo(int years) => Today().AddYears(-years).AddDays(-20);
        RegisterArrival Person(string given, Sex sex, DateOnly? born, string? origin = null, string? companion = null) =>
            new(code, given, "Estadística Prueba", sex, DateOfBirth: born, EstimatedAge: born is null ? 30 : null,
                AccompanyingCaseId: companion, OriginState: origin, Relationship: companion is null ? null : Relationship.Mother);

        // month 1: a man 18+ from Jalisco, a woman 18+ from Oaxaca and her daughter of 8 (accompanied, origin unknown)
        var first = Today();
        await s.ArriveAsync(Person("Arturo", Sex.Male, new DateOnly(1985, 3, 14), "Jalisco"));
        var mother = await s.ArriveAsync(Person("Beatriz", Sex.Female, new DateOnly(1990, 6, 1), "Oaxaca"));
        var girl = await s.ArriveAsync(Person("Camila", Sex.Female, YearsAgo(8), companion: mother.CaseId));
        Assert.DoesNotContain(Vulnerability.UnaccompaniedMinor, girl.Flags);

        // month 2: an unaccompanied boy of 16 from Guerrero, a person of no stated sex and an estimated age of 30
        WorkflowCluster.Clock.Advance(TimeSpan.FromDays(31));
        var second = Today();
        var boy = await s.ArriveAsync(Person("Daniel", Sex.Male, YearsAgo(16), "Guerrero"));
        Assert.Contains(Vulnerability.UnaccompaniedMinor, boy.Flags);
        await s.ArriveAsync(Person("Elia", Sex.Unspecified, null));

        // month 3: a woman of 65 (18+) and another man 18+, both from Jalisco
        WorkflowCluster.Clock.Advance(TimeSpan.FromDays(31));
        var third = Today();
        await s.ArriveAsync(Person("Flor", Sex.Female, YearsAgo(65), "Jalisco"));
        await s.ArriveAsync(Person("Gerardo", Sex.Male, new DateOnly(1979, 11, 2), "Jalisco"));

        var bulletin = await statistics.GetBulletin(new StatisticsPeriod(first, third, code), Scenario.Coordinator);

        var cells = bulletin.Rows.Select(r => $"{r.State}|{r.Point}|{r.Sex}|{r.AgeGroup}|{r.Accompaniment}|{r.OriginState}|{r.Events}|{r.People}").Order(StringComparer.Ordinal);
        Assert.Equal(new[]
        {
            $"Baja California|{code}|female|0-11|accompanied||1|1",
            $"Baja California|{code}|female|18+|notApplicable|Jalisco|1|1",
            $"Baja California|{code}|female|18+|notApplicable|Oaxaca|1|1",
            $"Baja California|{code}|male|12-17|unaccompanied|Guerrero|1|1",
            $"Baja California|{code}|male|18+|notApplicable|Jalisco|2|2",
            $"Baja California|{code}|unspecified|18+|notApplicable||1|1",
        }.Order(StringComparer.Ordinal), cells);
        Assert.Equal(new StatisticsTotals(7, 7), bulletin.Totals);
        Assert.Equal(await RecordCountAsync(code, first, third), bulletin.Totals.Events);
        Assert.Equal(7, await RecordCountAsync(code, DateOnly.MinValue, DateOnly.MaxValue));

        // each month alone, and the months add up to the whole
        var months = new List<int>();
        foreach (var day in new[] { first, second, third })
        {
            var from = new DateOnly(day.Year, day.Month, 1);
            var to = from.AddMonths(1).AddDays(-1);
            var month = await statistics.GetBulletin(new StatisticsPeriod(from, to, code), Scenario.Coordinator);
            Assert.Equal(await RecordCountAsync(code, from, to), month.Totals.Events);
            Assert.Equal(month.Rows.Sum(r => r.Events), month.Totals.Events);
            months.Add(month.Totals.Events);
        }
        Assert.Equal([3, 2, 2], months);
        var flows = await statistics.GetFlows(new StatisticsPeriod(first, third, code), StatisticsInterval.Month, Scenario.Coordinator);
        Assert.Equal([3, 2, 2], flows.Rows.Select(r => r.Arrivals));
        Assert.Equal(7, flows.Totals.Arrivals);

        // the point's manager reads the same cells; another point's manager may not
        var managers = await statistics.GetBulletin(new StatisticsPeriod(first, third, null), s.Manager);
        Assert.Equal(bulletin.Rows, managers.Rows);
        var refused = await Assert.ThrowsAsync<ReceptionException>(() => statistics.GetBulletin(new StatisticsPeriod(first, third, code), Actor.Manager("other", "ZZZ")));
        Assert.Equal(ProblemCodes.NotManagerOfPoint, refused.Code);
    }

    [Fact]
    public async Task A_correction_moves_its_case_between_cells_and_the_totals_stay()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var statistics = s.Grains.GetGrain<IStatisticsGrain>(IStatisticsGrain.Key);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Scenario.Now, Tijuana).DateTime);
        var period = new StatisticsPeriod(today, today, s.PointCode);
        await s.ArriveAsync(new RegisterArrival(s.PointCode, "Hugo", "Corrección Prueba", Sex.Male, DateOfBirth: new DateOnly(1980, 1, 2), OriginState: "Jalisco"));
        var corrected = await s.ArriveAsync(new RegisterArrival(s.PointCode, "Iris", "Corrección Prueba", Sex.Male, DateOfBirth: new DateOnly(1982, 5, 6), OriginState: "Jalisco"));
        async Task<string[]> CellsAsync() => (await statistics.GetBulletin(period, Scenario.Coordinator)).Rows
            .Select(r => $"{r.Sex}|{r.AgeGroup}|{r.Accompaniment}|{r.OriginState}|{r.Events}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["male|18+|notApplicable|Jalisco|2"], await CellsAsync());

        // Registered as a man of 44 from Jalisco; she is a girl of 15 from Oaxaca, travelling alone.
        await s.Returnee(corrected.CaseId).CorrectRegistration(new RegistrationCorrection("Birth certificate shown",
            Sex: Sex.Female, DateOfBirth: today.AddYears(-15), OriginState: "Oaxaca"), s.Manager);

        Assert.Equal(["female|12-17|unaccompanied|Oaxaca|1", "male|18+|notApplicable|Jalisco|1"], await CellsAsync());
        Assert.Equal(2, (await statistics.GetBulletin(period, Scenario.Coordinator)).Totals.Events);
    }

    private static async Task<int> RecordCountAsync(string point, DateOnly from, DateOnly to)
    {
        await using var connection = new SqliteConnection(WorkflowCluster.RecordConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM reception_case WHERE point_code = $point AND arrival_local_date BETWEEN $from AND $to";
        command.Parameters.AddWithValue("$point", point);
        command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
