using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Grains.People;
using Reception.Grains.Records;
using Reception.Grains.Returnees;
using Reception.Silo.Records;
using Reception.Silo.Upgrade;

namespace Reception.Tests.Records;

/// <summary>
/// A case the record held before people could be found (no phonetic name, no name keys) gets them at the next
/// start, on both engines, and becomes a candidate of a later arrival; a second start rewrites nothing.
/// </summary>
public sealed class PersonKeysBackfillTests
{
    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(LegacyCases).Assembly).AddAssembly(typeof(AuditEntry).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_older_case_gets_its_name_keys_once_and_is_found_as_a_candidate(DatabaseEngine engine)
    {
        await using var database = await RecordDatabase.CreateAsync(engine);
        var caseId = CaseIds.New();
        var arrived = new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);
        var state = new ReturneeState
        {
            Arrival = new RegisterArrival("TIJ", "Guadalupe", "Ríos Zavala", Sex.Female, DateOfBirth: new DateOnly(1979, 8, 9)),
            ArrivedAt = arrived, EnteredStageAt = arrived, CertificateNumber = $"TIJ-20261120-{caseId}", TimeZoneId = "America/Tijuana",
            ArrivalLocalDate = new DateOnly(2026, 11, 20), AgeAtArrival = 47,
        };
        var row = CaseRecord.Row(caseId, state, arrived) with { PersonId = null, PhoneticName = "", BirthYear = null };
        await database.Store.SaveAsync(new CaseWrite(caseId, null, Serializer.SerializeToArray(state), row, [], [], []));
        var backfill = new PersonKeysBackfill(engine, database.ConnectionString, database.Store, Serializer, TimeProvider.System, NullLogger<PersonKeysBackfill>.Instance);

        Assert.Equal(1, await backfill.RunAsync(default));
        Assert.Equal(0, await backfill.RunAsync(default));

        Assert.Equal(" GUADALUPE RIOS SABALA ", await database.TextAsync($"SELECT phonetic_name FROM reception_case WHERE case_id = '{caseId}'"));
        Assert.Equal(NameKeys.For("Guadalupe", "Ríos Zavala").Count, await database.ScalarAsync($"SELECT count(*) FROM reception_person_key WHERE case_id = '{caseId}'"));
        var probe = new MatchSubject("Guadalupe", "Rios Sabala", Sex.Female, new DateOnly(1979, 8, 9), null, new DateOnly(2026, 11, 30), null);
        var rows = await new SqlPeopleRecord(engine, database.ConnectionString).CandidatesAsync(CandidateRanking.Query(probe));
        Assert.Equal(caseId, CandidateRanking.Rank(probe, rows, [], 5)[0].CaseId);
    }
}
