using Reception.Grains.People;

namespace Reception.Tests.People;

/// <summary>
/// Finds and ranks candidates as the database will: stored subjects sharing a <see cref="NameKeys.For"/> key with a
/// birth year inside the arrival's <see cref="NameKeys.BirthYearWindow"/>, or the same CURP, or the same (or
/// day-month-swapped) date of birth; scored, those under <see cref="PersonMatcher.MinimumScore"/> dropped, best first.
/// </summary>
public sealed class CandidateRetrieval
{
    private readonly IReadOnlyList<MatchSubject> _stored;
    private readonly Dictionary<string, List<int>> _byKey = [];

    public CandidateRetrieval(IReadOnlyList<MatchSubject> stored)
    {
        _stored = stored;
        for (var i = 0; i < stored.Count; i++)
        {
            foreach (var key in NameKeys.For(stored[i].GivenNames, stored[i].Surnames))
            {
                if (!_byKey.TryGetValue(key, out var ids))
                {
                    _byKey[key] = ids = [];
                }
                ids.Add(i);
            }
        }
    }

    /// <summary>The ranked candidates: index into the stored subjects, and the match.</summary>
    public IReadOnlyList<(int Stored, PersonMatch Match)> Candidates(MatchSubject arrival)
    {
        var (from, to) = NameKeys.BirthYearWindow(arrival.DateOfBirth, arrival.EstimatedAge, arrival.ArrivedOn);
        var found = new HashSet<int>();
        foreach (var key in NameKeys.For(arrival.GivenNames, arrival.Surnames))
        {
            foreach (var i in _byKey.GetValueOrDefault(key) ?? [])
            {
                var year = NameKeys.BirthYear(_stored[i].DateOfBirth, _stored[i].EstimatedAge, _stored[i].ArrivedOn);
                if (year is null || year >= from && year <= to)
                {
                    found.Add(i);
                }
            }
        }
        for (var i = 0; i < _stored.Count; i++)
        {
            if (SameCurp(_stored[i], arrival) || SameOrSwappedDateOfBirth(_stored[i].DateOfBirth, arrival.DateOfBirth))
            {
                found.Add(i);
            }
        }
        var ids = found.Order().ToList();
        return PersonMatcher.Rank(arrival, ids.Select(i => _stored[i]).ToList()).Select(c => (ids[c.Index], c.Match)).ToList();
    }

    private static bool SameCurp(MatchSubject a, MatchSubject b) => a.Curp is not null && a.Curp == b.Curp;

    private static bool SameOrSwappedDateOfBirth(DateOnly? a, DateOnly? b) =>
        a is { } x && b is { } y && (x == y || x.Year == y.Year && x.Day == y.Month && x.Month == y.Day);
}
