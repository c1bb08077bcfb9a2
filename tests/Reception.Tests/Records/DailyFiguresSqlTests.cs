using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reception.Contracts.History;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Db;
using Reception.Grains.Records;
using Reception.Silo.Records;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Records;

/// <summary>
/// The daily figures' queries on both real engines: rows written straight into the record's tables, figures read
/// back day by day, the days with nothing included as zeros, other points and programs and days outside the range left out.
/// </summary>
public sealed class DailyFiguresSqlTests
{
    private static readonly DateOnly Nov20 = new(2026, 11, 20);

    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_points_days_count_arrivals_assessments_referrals_services_exits_waits_and_unmet_needs(DatabaseEngine engine)
    {
        var figures = await SeededAsync(engine);

        var days = await figures.PointDaysAsync("TST", Nov20, Nov20.AddDays(4));

        Assert.Equal(Enumerable.Range(0, 5).Select(Nov20.AddDays), days.Select(d => d.Date));
        Assert.Equal(new PointCounts(0, 0, 0, 0, 1, 0), days[0].Counts);
        Assert.Equal(new PointCounts(2, 1, 1, 0, 0, 0), days[1].Counts);
        Assert.Equal(new PointCounts(0, 1, 2, 1, 1, 0), days[2].Counts);
        Assert.Equal(new PointCounts(1, 0, 1, 0, 0, 1), days[3].Counts);
        Assert.Equal(new PointCounts(0, 0, 0, 0, 0, 0), days[4].Counts);

        Assert.Equal([400L], days[1].FirstServiceWaitSeconds);
        Assert.Equal([7000L], days[2].FirstServiceWaitSeconds);
        Assert.Empty(days[0].FirstServiceWaitSeconds);

        Assert.Equal(new Dictionary<string, int> { ["shelter"] = 1 }, days[1].UnmetNeeds);
        Assert.Equal(new Dictionary<string, int> { ["shelter"] = 1, ["legalAid"] = 1 }, days[2].UnmetNeeds);
        Assert.Empty(days[3].UnmetNeeds);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_programs_days_follow_the_reporting_zones_dates(DatabaseEngine engine)
    {
        var figures = await SeededAsync(engine);

        var days = await figures.ProgramDaysAsync("prog-a", Nov20, Nov20.AddDays(4));

        Assert.Equal(
            [
                new ProgramDay(Nov20, new ProgramCounts(0, 0, 0, 0, 0)),
                new ProgramDay(Nov20.AddDays(1), new ProgramCounts(1, 1, 0, 0, 0)),
                new ProgramDay(Nov20.AddDays(2), new ProgramCounts(1, 0, 1, 1, 0)),
                // r4 was made and cancelled on the 23rd at the point, already the 24th in central Mexico.
                new ProgramDay(Nov20.AddDays(3), new ProgramCounts(0, 0, 0, 0, 0)),
                new ProgramDay(Nov20.AddDays(4), new ProgramCounts(1, 0, 0, 0, 1)),
            ],
            days);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_range_with_nothing_in_it_is_every_day_with_zeros(DatabaseEngine engine)
    {
        var figures = await SeededAsync(engine);

        var point = await figures.PointDaysAsync("TST", new DateOnly(2025, 12, 30), new DateOnly(2026, 1, 2));
        var program = await figures.ProgramDaysAsync("nobody", Nov20, Nov20);

        Assert.Equal(4, point.Count);
        Assert.All(point, d => Assert.Equal(new PointCounts(0, 0, 0, 0, 0, 0), d.Counts));
        Assert.All(point, d => Assert.Empty(d.FirstServiceWaitSeconds));
        Assert.Equal([new ProgramDay(Nov20, new ProgramCounts(0, 0, 0, 0, 0))], program);
    }

    /// <summary>
    /// TST: c1 arrives on the 21st, is assessed and first served (400 s) that day and departs on the 22nd; c2 arrives on
    /// the 21st, is assessed and first served (7,000 s) on the 22nd and transferred on the 23rd; c3 arrives on the 23rd;
    /// c5 arrived on the 19th and departs on the 20th. c4 is at another point.
    /// </summary>
    private static async Task<IDailyFigures> SeededAsync(DatabaseEngine engine)
    {
        var connectionString = engine == DatabaseEngine.Postgres
            ? PostgresServer.Shared.CreateDatabase("days")
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"reception-days-{Guid.NewGuid():N}.db")};Pooling=False";
        await SchemaMigrator.ApplyAsync(engine, connectionString);
        await using (var connection = engine == DatabaseEngine.Postgres ? (DbConnection)new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            var rows = new Rows(connection, engine);
            await rows.CaseAsync("c1", "TST", Day(21), At(21, 10), assessed: At(21, 11), served: At(21, 10).AddSeconds(400), exit: ("departed", At(22, 9)));
            await rows.CaseAsync("c2", "TST", Day(21), At(21, 23), assessed: At(22, 8), served: At(21, 23).AddSeconds(7000), exit: ("transferred", At(23, 12)));
            await rows.CaseAsync("c3", "TST", Day(23), At(23, 9));
            await rows.CaseAsync("c4", "OTH", Day(21), At(21, 9), assessed: At(21, 9), served: At(21, 9).AddSeconds(60), exit: ("departed", At(21, 12)));
            await rows.CaseAsync("c5", "TST", Day(19), At(19, 9), exit: ("departed", At(20, 9)));
            await rows.ReferralAsync("r1", "c1", "prog-a", "TST", "completed", At(21, 11), Day(21), Day(21), accepted: (At(21, 12), Day(21)), closed: (At(22, 8), Day(22), Day(22)));
            await rows.ReferralAsync("r2", "c2", "prog-a", "TST", "declined", At(22, 8), Day(22), Day(22), closed: (At(22, 9), Day(22), Day(22)));
            await rows.ReferralAsync("r3", "c2", "prog-b", "TST", "pending", At(22, 8), Day(22), Day(22));
            await rows.ReferralAsync("r4", "c3", "prog-a", "TST", "cancelled", At(23, 23), Day(23), Day(24), closed: (At(23, 23), Day(23), Day(24)));
            await rows.ReferralAsync("r5", "c4", "prog-a", "OTH", "pending", At(19, 10), Day(19), Day(19));
            await rows.UnmetAsync("c1", "shelter", "TST", Day(21));
            await rows.UnmetAsync("c2", "shelter", "TST", Day(22));
            await rows.UnmetAsync("c2", "legalAid", "TST", Day(22));
            await rows.UnmetAsync("c4", "shelter", "OTH", Day(21));
        }
        return RecordStoreSiloBuilderExtensions.CreateDailyFigures(engine, connectionString);
    }

    private static DateOnly Day(int day) => new(2026, 11, day);

    private static DateTimeOffset At(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>Writes rows as each engine stores them (postgres/006: typed columns; sqlite/005: text, 0/1 and JSON).</summary>
    private sealed class Rows(DbConnection connection, DatabaseEngine engine)
    {
        public Task CaseAsync(string caseId, string point, DateOnly arrivalDay, DateTimeOffset arrivedAt,
            DateTimeOffset? assessed = null, DateTimeOffset? served = null, (string Kind, DateTimeOffset At)? exit = null) =>
            InsertAsync("reception_case", new()
            {
                ["case_id"] = caseId, ["version"] = 1L, ["state"] = new byte[] { 0 }, ["point_code"] = point,
                ["arrived_at"] = arrivedAt, ["arrival_local_date"] = arrivalDay, ["certificate_number"] = $"CERT-{caseId}",
                ["given_names"] = "Ana", ["surnames"] = "Pérez", ["search_name"] = "ANA PEREZ", ["sex"] = "female",
                ["unaccompanied_minor"] = false, ["accompanied_minor"] = false, ["vulnerabilities"] = Array.Empty<string>(),
                ["priority"] = "normal", ["stage"] = exit?.Kind ?? "arrived", ["stage_at"] = exit?.At ?? arrivedAt,
                ["first_assessed_at"] = assessed, ["first_assessed_local_date"] = DayOf(assessed),
                ["first_service_at"] = served, ["first_service_local_date"] = DayOf(served),
                ["exit_kind"] = exit?.Kind, ["exit_at"] = exit?.At, ["exit_local_date"] = DayOf(exit?.At),
                ["unmet_needs"] = Array.Empty<string>(), ["updated_at"] = arrivedAt,
            });

        public Task ReferralAsync(string referralId, string caseId, string programId, string point, string status, DateTimeOffset createdAt,
            DateOnly createdLocal, DateOnly createdProgram, (DateTimeOffset At, DateOnly Day)? accepted = null,
            (DateTimeOffset At, DateOnly Local, DateOnly Program)? closed = null) =>
            InsertAsync("reception_referral", new()
            {
                ["referral_id"] = referralId, ["case_id"] = caseId, ["program_id"] = programId, ["point_code"] = point,
                ["status"] = status, ["automatic"] = false, ["created_at"] = createdAt, ["created_local_date"] = createdLocal,
                ["created_program_date"] = createdProgram, ["accepted_at"] = accepted?.At, ["accepted_program_date"] = accepted?.Day,
                ["closed_at"] = closed?.At, ["closed_local_date"] = closed?.Local, ["closed_program_date"] = closed?.Program,
            });

        public Task UnmetAsync(string caseId, string category, string point, DateOnly day) =>
            InsertAsync("reception_unmet_need", new() { ["case_id"] = caseId, ["category"] = category, ["point_code"] = point, ["local_date"] = day });

        // The test's times are all on the same day in UTC and at the (fictional, UTC) point.
        private static DateOnly? DayOf(DateTimeOffset? at) => at is { } value ? DateOnly.FromDateTime(value.UtcDateTime) : null;

        private async Task InsertAsync(string table, Dictionary<string, object?> values)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO {table} ({string.Join(", ", values.Keys)}) VALUES ({string.Join(", ", values.Keys.Select(k => "@" + k))})";
            foreach (var (name, value) in values)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = Convert(value) ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            await command.ExecuteNonQueryAsync();
        }

        private object? Convert(object? value) => engine == DatabaseEngine.Postgres ? value : value switch
        {
            DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            bool flag => flag ? 1 : 0,
            string[] list => JsonSerializer.Serialize(list),
            _ => value,
        };
    }
}
