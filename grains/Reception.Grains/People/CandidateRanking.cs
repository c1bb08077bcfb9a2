using Reception.Contracts.People;
using Reception.Contracts.Returnees;
using Reception.Grains.Records;

namespace Reception.Grains.People;

/// <summary>
/// From an arrival to the candidates the desk sees: the record's query (name keys in the birth-year window, the
/// CURP, the date of birth and its day-month swap), then each candidate scored by <see cref="PersonMatcher"/>, the
/// best case of each person kept, best first.
/// </summary>
public static class CandidateRanking
{
    /// <summary>
    /// The most cases the record's query returns per channel before scoring. Scoring is most of a registration's
    /// matching CPU (docs/performance.md, "Finding people": 300 rows cost 4× an arrival without matching); the
    /// name channel orders by keys shared, then by the closest birth year, so the likely ones come first.
    /// </summary>
    public const int QueryLimit = 100;

    public static CandidateQuery Query(MatchSubject probe)
    {
        var (from, to) = NameKeys.BirthYearWindow(probe.DateOfBirth, probe.EstimatedAge, probe.ArrivedOn);
        var dates = new List<DateOnly>();
        if (probe.DateOfBirth is { } born)
        {
            dates.Add(born);
            if (born.Day <= 12 && born.Day != born.Month)
            {
                dates.Add(new DateOnly(born.Year, born.Day, Math.Min(born.Month, DateTime.DaysInMonth(born.Year, born.Day))));
            }
        }
        return new CandidateQuery(NameKeys.For(probe.GivenNames, probe.Surnames), from, to, probe.Curp, dates, QueryLimit,
            NameKeys.BirthYear(probe.DateOfBirth, probe.EstimatedAge, probe.ArrivedOn));
    }

    public static IReadOnlyList<PersonMatchView> Rank(MatchSubject probe, IEnumerable<CandidateRow> rows, ICollection<string> excludedPeople, int limit) =>
        rows
            .Where(row => !excludedPeople.Contains(row.PersonId))
            .Select(row => (Row: row, Match: PersonMatcher.Score(probe, Subject(row))))
            .Where(c => c.Match.Score >= PersonMatcher.MinimumScore)
            .GroupBy(c => c.Row.PersonId)
            .Select(person => person.OrderByDescending(c => c.Match.Score).ThenByDescending(c => c.Row.ArrivedAt).First())
            .OrderByDescending(c => c.Match.Score).ThenByDescending(c => c.Row.ArrivedAt).ThenBy(c => c.Row.CaseId, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => new PersonMatchView(
                c.Row.CaseId, c.Row.PersonId, c.Match.Score, c.Match.Reasons, c.Match.Score >= PersonMatcher.LikelyScore,
                c.Row.GivenNames, c.Row.Surnames, c.Row.DateOfBirth, c.Row.EstimatedAge, c.Row.PointCode, c.Row.ArrivedAt))
            .ToList();

    public static MatchSubject Subject(CandidateRow row) => new(
        row.GivenNames, row.Surnames, Enum.Parse<Sex>(row.Sex, ignoreCase: true), row.DateOfBirth, row.EstimatedAge, row.ArrivalLocalDate, row.Curp);
}
