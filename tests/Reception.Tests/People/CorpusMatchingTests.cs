using System.Diagnostics;
using Reception.Grains.People;
using Xunit.Abstractions;

namespace Reception.Tests.People;

/// <summary>
/// The labelled corpus (person-corpus.csv): every earlier return is stored, every new arrival looks for its
/// candidates as the database will. The same person must rank near the top; near misses (siblings, twins,
/// namesakes, father and son) must not look likely.
/// </summary>
public sealed class CorpusMatchingTests(ITestOutputHelper output)
{
    private const int Shown = 5;

    [Fact]
    public void The_same_person_ranks_near_the_top_and_near_misses_stay_below_likely()
    {
        var corpus = PersonCorpus.Load();
        var retrieval = new CandidateRetrieval(corpus.Select(p => p.Earlier).ToList());
        var clock = Stopwatch.StartNew();
        var outcomes = corpus.Select(pair => Outcome.Of(pair, retrieval.Candidates(pair.Arrival))).ToList();
        clock.Stop();

        var same = outcomes.Where(o => o.Pair.Same).ToList();
        var different = outcomes.Where(o => !o.Pair.Same).ToList();
        var curp = same.Where(o => o.Pair.Earlier.Curp is not null && o.Pair.Earlier.Curp == o.Pair.Arrival.Curp).ToList();
        var curpFirst = curp.Count(o => o.Rank == 1 && o.Match!.Reasons.Contains(MatchReasons.Curp));
        var top5 = Rate(same, o => o.Rank is >= 1 and <= Shown);
        var nearMissLikely = Rate(different, o => o.OwnScore >= PersonMatcher.LikelyScore);

        output.WriteLine($"corpus: {same.Count} same, {different.Count} different; LikelyScore {PersonMatcher.LikelyScore}, MinimumScore {PersonMatcher.MinimumScore}");
        output.WriteLine($"curp: {curpFirst}/{curp.Count} ranked first with reason curp");
        output.WriteLine($"same: top-1 {Rate(same, o => o.Rank == 1):P1}, top-{Shown} {top5:P1}, scored likely {Rate(same, o => o.OwnScore >= PersonMatcher.LikelyScore):P1}, not retrieved {Rate(same, o => o.Rank == 0):P1}");
        output.WriteLine($"different: scored likely {nearMissLikely:P1}, shown at all {Rate(different, o => o.OwnScore >= PersonMatcher.MinimumScore):P1}");
        output.WriteLine($"retrieval + scoring: {clock.Elapsed.TotalMilliseconds / corpus.Count:F2} ms an arrival, {outcomes.Average(o => o.Retrieved):F1} candidates shown on average");
        output.WriteLine($"ranking alone: {RankingMicroseconds(corpus):F1} µs a candidate");
        output.WriteLine("");
        output.WriteLine($"{"kind",-30} {"label",-9} {"pairs",5} {"top5",7} {"likely",7}");
        foreach (var group in outcomes.SelectMany(o => o.Pair.Kinds.Select(kind => (kind, o))).GroupBy(x => (x.kind, x.o.Pair.Same)).OrderBy(g => !g.Key.Same).ThenBy(g => g.Key.kind))
        {
            var pairs = group.Select(x => x.o).ToList();
            output.WriteLine($"{group.Key.kind,-30} {(group.Key.Same ? "same" : "different"),-9} {pairs.Count,5} {(group.Key.Same ? Rate(pairs, o => o.Rank is >= 1 and <= Shown).ToString("P0") : "-"),7} {Rate(pairs, o => o.OwnScore >= PersonMatcher.LikelyScore),7:P0}");
        }
        output.WriteLine("");
        foreach (var miss in outcomes.Where(o => o.Pair.Same ? o.Rank is 0 or > Shown || o.OwnScore < PersonMatcher.LikelyScore : o.OwnScore >= PersonMatcher.LikelyScore))
        {
            output.WriteLine($"{(miss.Pair.Same ? "same" : "diff")} {miss.Pair.Kind}: rank {miss.Rank} score {miss.OwnScore} [{string.Join(' ', miss.Match?.Reasons ?? [])}] " +
                $"{miss.Pair.Earlier.GivenNames} {miss.Pair.Earlier.Surnames} {miss.Pair.Earlier.DateOfBirth}/{miss.Pair.Earlier.EstimatedAge} ~ " +
                $"{miss.Pair.Arrival.GivenNames} {miss.Pair.Arrival.Surnames} {miss.Pair.Arrival.DateOfBirth}/{miss.Pair.Arrival.EstimatedAge}");
        }

        Assert.True(curp.Count >= 40, $"{curp.Count} pairs with equal CURPs");
        Assert.Equal(curp.Count, curpFirst);
        Assert.True(top5 >= 0.95, $"same person in the top {Shown}: {top5:P1}");
        Assert.True(nearMissLikely <= 0.05, $"near misses scored likely: {nearMissLikely:P1}");
    }

    /// <summary>A registration scores a few hundred candidates: every arrival against 300 stored subjects.</summary>
    private static double RankingMicroseconds(IReadOnlyList<CorpusPair> corpus)
    {
        var stored = corpus.Take(300).Select(p => p.Earlier).ToList();
        var clock = Stopwatch.StartNew();
        var total = 0L;
        foreach (var pair in corpus)
        {
            total += PersonMatcher.Rank(pair.Arrival, stored).Count;
        }
        clock.Stop();
        Assert.True(total > 0);
        return clock.Elapsed.TotalMicroseconds / (corpus.Count * stored.Count);
    }

    private static double Rate(IReadOnlyCollection<Outcome> outcomes, Func<Outcome, bool> holds) =>
        outcomes.Count == 0 ? 0 : (double)outcomes.Count(holds) / outcomes.Count;

    /// <summary>Where the pair's own earlier return came: its rank among the shown candidates (0 when not shown) and its score.</summary>
    private sealed record Outcome(CorpusPair Pair, int Rank, int OwnScore, PersonMatch? Match, int Retrieved)
    {
        public static Outcome Of(CorpusPair pair, IReadOnlyList<(int Stored, PersonMatch Match)> candidates)
        {
            var rank = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (candidates[i].Stored == pair.Index)
                {
                    rank = i + 1;
                    break;
                }
            }
            var own = PersonMatcher.Score(pair.Arrival, pair.Earlier);
            return new Outcome(pair, rank, own.Score, rank > 0 ? candidates[rank - 1].Match : own, candidates.Count);
        }
    }
}
