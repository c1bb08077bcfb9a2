using Reception.Contracts.Shared;
using Reception.Db;
using Reception.Grains.People;
using Reception.Grains.Records;
using Reception.Silo.Records;
using Reception.Tests.Records;
using Xunit.Abstractions;

namespace Reception.Tests.People;

/// <summary>
/// The labelled corpus through the real record on both engines: every earlier return written by the record store
/// (row and name keys), every new arrival's candidates read back by the same query registration uses and ranked as
/// the desk sees them, one per person. The acceptance figures are printed.
/// </summary>
public sealed class CorpusThroughTheRecordTests(ITestOutputHelper output)
{
    public static TheoryData<DatabaseEngine> Engines => new() { DatabaseEngine.Sqlite, DatabaseEngine.Postgres };

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Arrivals_find_their_earlier_returns_in_the_record(DatabaseEngine engine)
    {
        await using var database = await RecordDatabase.CreateAsync(engine);
        var corpus = PersonCorpus.Load();
        var earlierCase = new Dictionary<int, string>();
        foreach (var chunk in corpus.Chunk(64))
        {
            await Task.WhenAll(chunk.Select(pair =>
            {
                var caseId = CaseIds.New();
                earlierCase[pair.Index] = caseId;
                return database.Store.SaveAsync(Write(caseId, pair.Earlier));
            }));
        }
        var people = new SqlPeopleRecord(engine, database.ConnectionString);

        var ranks = new Dictionary<int, (int Rank, bool Likely, bool CurpFirst)>();
        foreach (var pair in corpus)
        {
            var matches = CandidateRanking.Rank(pair.Arrival, await people.CandidatesAsync(CandidateRanking.Query(pair.Arrival)), [], Limits.MaxPersonMatches);
            var position = matches.Select((m, i) => (m, i)).FirstOrDefault(x => x.m.CaseId == earlierCase[pair.Index]);
            var found = position.m is not null;
            ranks[pair.Index] = (found ? position.i + 1 : 0, found && position.m!.Likely, found && position.i == 0 && position.m!.Reasons.Contains(MatchReasons.Curp));
        }

        var same = corpus.Where(p => p.Same).ToList();
        var different = corpus.Where(p => !p.Same).ToList();
        var curpPairs = same.Where(p => p.Earlier.Curp is not null && p.Earlier.Curp == p.Arrival.Curp).ToList();
        var top5 = (double)same.Count(p => ranks[p.Index].Rank is >= 1 and <= 5) / same.Count;
        var likelyNearMisses = (double)different.Count(p => ranks[p.Index].Likely) / different.Count;
        output.WriteLine($"{engine}: {same.Count} same-person pairs, {different.Count} near misses, {corpus.Count} earlier returns stored");
        output.WriteLine($"{engine}: CURP pairs linked first {curpPairs.Count(p => ranks[p.Index].CurpFirst)}/{curpPairs.Count}");
        output.WriteLine($"{engine}: same person in the top 5 {top5:P1} (first {(double)same.Count(p => ranks[p.Index].Rank == 1) / same.Count:P1})");
        output.WriteLine($"{engine}: near misses ranked as likely {likelyNearMisses:P1}");

        Assert.All(curpPairs, p => Assert.True(ranks[p.Index].CurpFirst, $"CURP pair {p.Index} not first"));
        Assert.True(top5 >= 0.95, $"same person in the top 5: {top5:P1}");
        Assert.True(likelyNearMisses <= 0.05, $"near misses ranked as likely: {likelyNearMisses:P1}");
    }

    private static CaseWrite Write(string caseId, MatchSubject subject)
    {
        var row = CaseWrites.Row(caseId) with
        {
            PersonId = PersonIds.OfFirstCase(caseId),
            GivenNames = subject.GivenNames,
            Surnames = subject.Surnames,
            SearchName = SearchNames.Normalize($"{subject.GivenNames} {subject.Surnames}"),
            Sex = AcceptedValues.NameOf(subject.Sex),
            DateOfBirth = subject.DateOfBirth,
            EstimatedAge = subject.EstimatedAge,
            Curp = subject.Curp,
            ArrivalLocalDate = subject.ArrivedOn,
            ArrivedAt = new DateTimeOffset(subject.ArrivedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
            BirthYear = NameKeys.BirthYear(subject.DateOfBirth, subject.EstimatedAge, subject.ArrivedOn),
            PhoneticName = PhoneticNames.Of(subject.GivenNames, subject.Surnames),
        };
        return new CaseWrite(caseId, null, [1], row, [], [], [], NameKeys.For(subject.GivenNames, subject.Surnames));
    }
}
