using System.Data.Common;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reception.Api;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Rights;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Grains.Records;
using Reception.Silo.Records;

namespace Reception.Tests.Rights;

/// <summary>
/// The retention policy with a controlled clock, on both engines: cases registered in January 2020 leave on different
/// days; five years later the dry run lists exactly those that left more than five years before, the run anonymises
/// exactly them, every statistic of January and February 2020 reads the same before and after, and neither the export
/// of an anonymised person, nor the events, rows, name keys or stored state of their case hold any of their personal data.
/// </summary>
[Collection(RightsCollection.Name)]
public sealed class RetentionTests(RightsClusters clusters)
{
    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    private const string Point = "TIJ";
    private const string Health = "imss-salud";
    private static readonly Actor Coordinator = Actor.Coordinator("coordinator");
    private static readonly Actor Manager = Actor.Manager("manager-TIJ", Point);
    private static readonly Actor Provider = Actor.Provider("provider-imss", Health);
    private static readonly StatisticsFilter JanuaryAndFebruary = new(new DateOnly(2020, 1, 1), new DateOnly(2020, 2, 29), null);

    // Everything personal the first person gave or was written about them; none of it may survive anonymisation.
    private const string Given = "Rosalinda Itzel";
    private const string Surnames = "Quetzalli Bermúdez";
    private const string CorrectedGiven = "Rosalinda Itzayana";
    private static readonly string Curp = "QUBR900304MJCTRS0" + Reception.Contracts.Returnees.Curp.CheckDigit("QUBR900304MJCTRS0");
    private const string Skill = "repostería fina";
    private const string ImmediateNeeds = "llamar a su hermana Xochitl al 664 555 0199";
    private const string Municipality = "Tlaquepaque";
    private const string ReferralNote = "vive con diabetes desde 2015";
    private const string Outcome = "consulta con la doctora Zamudio";
    private const string DeclineReason = "Sin cupo hoy";

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Retention_anonymises_exactly_the_cases_past_the_period_and_the_statistics_do_not_change(DatabaseEngine engine)
    {
        var (cluster, connectionString) = await clusters.ForAsync(engine);
        var grains = cluster.GrainFactory;
        var clock = RightsClusters.Clock(engine);
        var statistics = RecordStoreSiloBuilderExtensions.CreateStatistics(engine, connectionString);

        // 10 January 2020: the first person arrives, is corrected, assessed, referred (declined, then completed) and departs the next day.
        var first = CaseIds.New();
        await Returnee(grains, first).Register(new RegisterArrival(Point, Given, Surnames, Sex.Female, new DateOnly(1990, 3, 4), Curp: Curp), Manager);
        await Returnee(grains, first).CorrectRegistration(new RegistrationCorrection("Nombre mal escrito", CorrectedGiven), Manager);
        await Returnee(grains, first).RecordAssessment(new RecordAssessment(EducationLevel.Secondary, "Cocinera", [Skill], 12, EnglishLevel.Basic,
            [DocumentType.Curp], "Jalisco", Municipality, [ProgramCategory.Health], true, true, ImmediateNeeds), Manager);
        var declined = await Returnee(grains, first).Refer(Health, ReferralNote, Manager);
        await Returnee(grains, first).DeclineReferral(declined.ReferralId, Health, DeclineReason, Provider);
        clock.Advance(TimeSpan.FromHours(1));
        var served = await Returnee(grains, first).Refer(Health, ReferralNote, Manager);
        await Returnee(grains, first).AcceptReferral(served.ReferralId, Health, Provider);
        await Returnee(grains, first).CompleteReferral(served.ReferralId, Health, Outcome, Provider);
        clock.Advance(TimeSpan.FromDays(1));
        await Returnee(grains, first).Depart(new DepartCommand("Jalisco", Municipality), Manager);

        // 20 January: a second person arrives and departs the same day; 25 January: a third, transferred on 3 February; a fourth stays.
        clock.Advance(TimeSpan.FromDays(9));
        var second = await ArriveAsync(grains, "Eleuterio", "Cisneros Ramírez", Sex.Male, 35);
        await Returnee(grains, second).Depart(new DepartCommand("Sonora"), Manager);
        clock.Advance(TimeSpan.FromDays(5));
        var third = await ArriveAsync(grains, "Anselmo", "Tenorio Vega", Sex.Male, 30);
        var fourth = await ArriveAsync(grains, "Perpetua", "Olguín Cano", Sex.Female, 70);
        clock.Advance(TimeSpan.FromDays(9));
        await Returnee(grains, third).Transfer(new TransferCommand("DIF estatal"), Manager);
        var before = await StatisticsAsync(statistics);

        // 25 January 2025: five years after the first two exits, not yet after the third's.
        clock.SetUtcNow(new DateTimeOffset(2025, 1, 25, 18, 0, 0, TimeSpan.Zero));
        var retention = grains.GetGrain<IRetentionGrain>(IRetentionGrain.Key);
        var preview = await retention.Run(dryRun: true, Coordinator);
        Assert.Equal(new[] { first, second }.Order(), preview.Cases.Select(c => c.CaseId).Order());
        Assert.Equal([new RetentionMonth("2020-01", Point, 2)], preview.ByMonth);
        Assert.Equal(0, preview.Anonymised);
        Assert.Equal(CorrectedGiven, (await Returnee(grains, first).View(Coordinator)).GivenNames); // the dry run changed nothing

        var run = await retention.Run(dryRun: false, Coordinator);
        Assert.Equal(2, run.Anonymised);
        Assert.Empty(run.Failed);
        Assert.Empty((await retention.Run(dryRun: true, Coordinator)).Cases);
        Assert.Equal(before, await StatisticsAsync(statistics));

        var view = await Returnee(grains, first).View(Coordinator);
        Assert.Equal(("", "", (DateOnly?)null, (string?)null), (view.GivenNames, view.Surnames, view.DateOfBirth, view.Curp));
        Assert.Equal(Stage.Departed, view.Stage);
        Assert.Equal("Tenorio Vega", (await Returnee(grains, third).View(Coordinator)).Surnames);
        Assert.Equal("Olguín Cano", (await Returnee(grains, fourth).View(Coordinator)).Surnames);

        var person = view.PersonId!;
        var export = JsonSerializer.Serialize(await grains.GetGrain<IRightsGrain>(0).Export(person, Coordinator), Unescaped);
        Assert.Contains(first, export);
        Assert.Contains("\"retention\"", export);
        var personal = new[] { Given, CorrectedGiven, Surnames, "Rosalinda", "Quetzalli", "Bermúdez", Curp, "1990-03-04", "1990", Skill, ImmediateNeeds, Municipality, ReferralNote, Outcome };
        Assert.All(personal, text => Assert.DoesNotContain(text, export, StringComparison.OrdinalIgnoreCase));

        var stored = await StoredTextAsync(engine, connectionString, first);
        Assert.All(personal, text => Assert.DoesNotContain(text, stored, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(DeclineReason, stored); // the care statistics count declines by the program's reason
        Assert.Equal(0, await ScalarAsync(engine, connectionString, $"SELECT count(*) FROM reception_person_key WHERE case_id = '{first}'"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_person_with_an_open_case_is_refused_and_a_closed_one_is_anonymised_once(DatabaseEngine engine)
    {
        var (cluster, _) = await clusters.ForAsync(engine);
        var grains = cluster.GrainFactory;
        var rights = grains.GetGrain<IRightsGrain>(0);
        var open = await ArriveAsync(grains, "Casimira", "Lozoya Peña", Sex.Female, 40);
        var person = (await Returnee(grains, open).View(Coordinator)).PersonId!;

        var refused = await Assert.ThrowsAsync<ReceptionException>(() => rights.Anonymise(person, AnonymisationReason.Cancellation, Requester.Person, Coordinator));
        Assert.Equal(ProblemCodes.CaseStillOpen, refused.Code);
        Assert.Equal("Casimira", (await Returnee(grains, open).View(Coordinator)).GivenNames);
        var forbidden = await Assert.ThrowsAsync<ReceptionException>(() => rights.Anonymise(person, AnonymisationReason.Opposition, null, Manager));
        Assert.Equal(ProblemCodes.RoleMayNot, forbidden.Code);

        await Returnee(grains, open).Depart(new DepartCommand("Durango"), Manager);
        var receipt = await rights.Anonymise(person, AnonymisationReason.Opposition, Requester.Representative, Coordinator);
        var again = await rights.Anonymise(person, AnonymisationReason.Cancellation, Requester.Person, Coordinator);

        Assert.Equal([(open, false)], receipt.Cases.Select(c => (c.CaseId, c.AlreadyAnonymised)));
        Assert.Equal([(open, true)], again.Cases.Select(c => (c.CaseId, c.AlreadyAnonymised)));
        Assert.Equal(receipt.Cases[0].Anonymisation, again.Cases[0].Anonymisation);
        Assert.Equal(AnonymisationReason.Opposition, again.Cases[0].Anonymisation.Reason);
        var events = (await grains.GetGrain<IRightsGrain>(0).Export(person, Coordinator)).Cases.Single().Events;
        Assert.Single(events, e => e.Action == "anonymised" && e.Facts!["reason"] == "opposition" && e.Facts["requestedBy"] == "representative");
        Assert.DoesNotContain(events, e => (e.Detail ?? "").Contains("Casimira", StringComparison.Ordinal));
        var corrected = await Assert.ThrowsAsync<ReceptionException>(() => Returnee(grains, open).CorrectRegistration(new RegistrationCorrection("Nombre completo", "Casimira"), Manager));
        Assert.Equal(ProblemCodes.CaseAnonymised, corrected.Code);
    }

    private static IReturneeGrain Returnee(IGrainFactory grains, string caseId) => grains.GetGrain<IReturneeGrain>(caseId);

    private static async Task<string> ArriveAsync(IGrainFactory grains, string given, string surnames, Sex sex, int age)
    {
        var caseId = CaseIds.New();
        await Returnee(grains, caseId).Register(new RegisterArrival(Point, given, surnames, sex, EstimatedAge: age), Manager);
        return caseId;
    }

    /// <summary>Every statistic of the two months, as JSON lines in a fixed order (the queries do not order their rows).</summary>
    private static async Task<string> StatisticsAsync(IStatistics statistics)
    {
        static IEnumerable<string> Lines<T>(string name, IEnumerable<T> rows) =>
            rows.Select(r => $"{name} {JsonSerializer.Serialize(r, ApiJson.Options)}").Order(StringComparer.Ordinal);
        var (profile, cases, assessed) = await statistics.ProfileAsync(JanuaryAndFebruary);
        var (events, people) = await statistics.TotalsAsync(JanuaryAndFebruary);
        return string.Join('\n', new[]
        {
            Lines("bulletin", await statistics.BulletinAsync(JanuaryAndFebruary)),
            Lines("totals", new[] { (events, people) }.Select(t => new { t.events, t.people })),
            Lines("arrivals", await statistics.ArrivalsAsync(JanuaryAndFebruary)),
            Lines("unmet", await statistics.UnmetNeedsAsync(JanuaryAndFebruary)),
            Lines("referrals", await statistics.ReferralsAsync(JanuaryAndFebruary)),
            Lines("profile", profile),
            Lines("profileCounts", new[] { new { cases, assessed } }),
            Lines("waits", await statistics.WaitsAsync(JanuaryAndFebruary)),
            Lines("declines", await statistics.DeclinesAsync(JanuaryAndFebruary)),
        }.SelectMany(l => l));
    }

    // The API's JSON, with letters such as ú written as themselves (escaped, a search for "Bermúdez" would prove nothing).
    private static readonly JsonSerializerOptions Unescaped = new(ApiJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The case's row, its events' detail and facts, and its stored state read as UTF-8, as one text.</summary>
    private static async Task<string> StoredTextAsync(DatabaseEngine engine, string connectionString, string caseId)
    {
        var text = new StringBuilder();
        await using var connection = await OpenAsync(engine, connectionString);
        foreach (var sql in new[]
        {
            $"SELECT * FROM reception_case WHERE case_id = '{caseId}'",
            $"SELECT detail, facts FROM reception_case_event WHERE case_id = '{caseId}'",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    text.Append(value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static async Task<long> ScalarAsync(DatabaseEngine engine, string connectionString, string sql)
    {
        await using var connection = await OpenAsync(engine, connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<DbConnection> OpenAsync(DatabaseEngine engine, string connectionString)
    {
        DbConnection connection = engine == DatabaseEngine.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
