using Reception.Contracts.Returnees;

namespace Reception.Grains.People;

/// <summary>
/// Scores how likely a candidate from an earlier return is the person now at the desk, 0..100, with the reasons.
/// Equal valid CURPs settle it; otherwise surnames (up to 40), given names (up to 30) and date of birth (up to 30)
/// add up, and a differing sex or birth years apart take away. Weighted so that siblings and twins (same surnames,
/// close or equal dates of birth, other given names) stay below <see cref="LikelyScore"/>.
/// </summary>
public static class PersonMatcher
{
    /// <summary>At or above it a candidate is shown as likely the same person.</summary>
    public const int LikelyScore = 70;

    /// <summary>Below it a candidate is not shown at all.</summary>
    public const int MinimumScore = 40;

    private const int DifferentCurpScore = 5;
    private const int SpellingCost = 1;
    private const int TypoCost = 4;

    public static PersonMatch Score(MatchSubject probe, MatchSubject candidate) =>
        Score(ComparableSubject.Of(probe), ComparableSubject.Of(candidate));

    /// <summary>
    /// The candidates scoring at least <see cref="MinimumScore"/>, best first (ties in the given order), each with
    /// its index in <paramref name="candidates"/>. The probe's names are split once for all.
    /// </summary>
    public static IReadOnlyList<(int Index, PersonMatch Match)> Rank(MatchSubject probe, IReadOnlyList<MatchSubject> candidates)
    {
        var comparable = ComparableSubject.Of(probe);
        var shown = new List<(int Index, PersonMatch Match)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var match = Score(comparable, ComparableSubject.Of(candidates[i]));
            if (match.Score >= MinimumScore)
            {
                shown.Add((i, match));
            }
        }
        return shown.OrderByDescending(c => c.Match.Score).ToList();
    }

    private static PersonMatch Score(ComparableSubject probe, ComparableSubject candidate)
    {
        var reasons = new List<string>(6);
        var probeCurp = probe.ValidCurp;
        var candidateCurp = candidate.ValidCurp;
        if (probeCurp is not null && probeCurp == candidateCurp)
        {
            return new PersonMatch(100, [MatchReasons.Curp]);
        }
        var curpsDiffer = probeCurp is not null && candidateCurp is not null;
        if (curpsDiffer)
        {
            reasons.Add(MatchReasons.CurpDiffers);
        }

        var agreements = new Agreements();
        var score = Surnames(probe.Surnames, candidate.Surnames, reasons, ref agreements)
            + GivenNames(probe.Given, candidate.Given, reasons, ref agreements)
            + Birth(probe.Subject, candidate.Subject, reasons)
            + SexAgreement(probe.Subject.Sex, candidate.Subject.Sex, reasons);
        if (agreements.Spelling > 0)
        {
            reasons.Add(MatchReasons.NameSpelling);
        }
        if (agreements.Typos > 0)
        {
            reasons.Add(MatchReasons.NameTypo);
        }
        score -= agreements.Spelling * SpellingCost + agreements.Typos * TypoCost;
        score = Math.Clamp(score, 0, 100);
        return new PersonMatch(curpsDiffer ? Math.Min(score, DifferentCurpScore) : score, reasons);
    }

    private static int Surnames(IReadOnlyList<NameToken> probe, IReadOnlyList<NameToken> candidate, List<string> reasons, ref Agreements agreements)
    {
        if (probe.Count == 0 || candidate.Count == 0)
        {
            return 0;
        }
        if (probe.Count >= 2 && candidate.Count >= 2)
        {
            if (agreements.Both(probe[0], candidate[0], probe[1], candidate[1]))
            {
                return Because(reasons, MatchReasons.SurnamesEqual, 40);
            }
            if (agreements.Both(probe[0], candidate[1], probe[1], candidate[0]))
            {
                return Because(reasons, MatchReasons.SurnamesTransposed, 34);
            }
            if (agreements.Any(probe, candidate))
            {
                return Because(reasons, MatchReasons.OneSurnameMatches, 12);
            }
            return Because(reasons, MatchReasons.SurnamesDiffer, 0);
        }
        if (probe.Count == 1 && candidate.Count == 1)
        {
            if (agreements.One(probe[0], candidate[0]))
            {
                return Because(reasons, MatchReasons.SurnamesEqual, 34);
            }
            return Because(reasons, MatchReasons.SurnamesDiffer, 0);
        }
        var single = probe.Count == 1 ? probe[0] : candidate[0];
        var full = probe.Count == 1 ? candidate : probe;
        if (agreements.One(single, full[0]))
        {
            return Because(reasons, MatchReasons.SecondSurnameMissing, 30);
        }
        if (agreements.One(single, full[1]))
        {
            // Recorded with the mother's surname only: less usual than the father's.
            return Because(reasons, MatchReasons.SecondSurnameMissing, 24);
        }
        return Because(reasons, MatchReasons.SurnamesDiffer, 0);
    }

    private static int GivenNames(IReadOnlyList<NameToken> probe, IReadOnlyList<NameToken> candidate, List<string> reasons, ref Agreements agreements)
    {
        if (probe.Count == 0 || candidate.Count == 0)
        {
            return 0;
        }
        var shorter = probe.Count <= candidate.Count ? probe : candidate;
        var longer = probe.Count <= candidate.Count ? candidate : probe;
        Span<bool> used = stackalloc bool[longer.Count];
        var matched = 0;
        var abbreviated = false;
        var found = new Agreements();
        foreach (var token in shorter)
        {
            var best = TokenAgreement.None;
            var bestIndex = -1;
            for (var i = 0; i < longer.Count; i++)
            {
                var agreement = used[i] ? TokenAgreement.None : TokenComparison.Compare(token, longer[i]);
                if (agreement > best)
                {
                    best = agreement;
                    bestIndex = i;
                }
            }
            if (bestIndex < 0)
            {
                continue;
            }
            used[bestIndex] = true;
            matched++;
            found.Count(best);
            abbreviated |= best == TokenAgreement.Initial || token.Abbreviated || longer[bestIndex].Abbreviated;
        }
        if (matched < shorter.Count)
        {
            return matched > 0 ? Because(reasons, MatchReasons.GivenNameDiffers, -5) : Because(reasons, MatchReasons.GivenNamesDiffer, -15);
        }
        agreements.Add(found);
        if (shorter.Count < longer.Count)
        {
            return Because(reasons, MatchReasons.GivenNameMissing, 24);
        }
        if (abbreviated)
        {
            return Because(reasons, MatchReasons.GivenNameAbbreviated, found.Initials > 0 ? 26 : 30);
        }
        return Because(reasons, MatchReasons.GivenNamesEqual, 30);
    }

    private static int Birth(MatchSubject probe, MatchSubject candidate, List<string> reasons)
    {
        if (probe.DateOfBirth is { } a && candidate.DateOfBirth is { } b)
        {
            return DatesOfBirth(a, b, reasons);
        }
        var probeYear = NameKeys.BirthYear(probe.DateOfBirth, probe.EstimatedAge, probe.ArrivedOn);
        var candidateYear = NameKeys.BirthYear(candidate.DateOfBirth, candidate.EstimatedAge, candidate.ArrivedOn);
        if (probeYear is not { } p || candidateYear is not { } c)
        {
            return 0;
        }
        // An estimate is a few years off, and the birthday falls either side of the arrival.
        var years = Math.Abs(p - c);
        return years switch
        {
            <= 4 => Because(reasons, MatchReasons.AgeClose, 14),
            <= 6 => Because(reasons, MatchReasons.AgeClose, 6),
            <= 10 => Because(reasons, MatchReasons.BirthYearsApart, -10),
            _ => Because(reasons, MatchReasons.BirthYearsApart, -25),
        };
    }

    private static int DatesOfBirth(DateOnly a, DateOnly b, List<string> reasons)
    {
        if (a == b)
        {
            return Because(reasons, MatchReasons.SameDateOfBirth, 30);
        }
        if (a.Year == b.Year && a.Day == b.Month && a.Month == b.Day)
        {
            return Because(reasons, MatchReasons.DayMonthSwapped, 26);
        }
        var years = Math.Abs(a.Year - b.Year);
        if (a.Month == b.Month && a.Day == b.Day && years <= 2)
        {
            return Because(reasons, MatchReasons.BirthYearClose, 20);
        }
        if (years == 0 && (a.Month == b.Month || a.Day == b.Day))
        {
            return Because(reasons, MatchReasons.BirthDateClose, 16);
        }
        return years switch
        {
            <= 1 => 0,
            <= 4 => Because(reasons, MatchReasons.BirthYearsApart, -15),
            _ => Because(reasons, MatchReasons.BirthYearsApart, -25),
        };
    }

    private static int SexAgreement(Sex probe, Sex candidate, List<string> reasons)
    {
        if (probe == Sex.Unspecified || candidate == Sex.Unspecified || probe == candidate)
        {
            return 0;
        }
        return Because(reasons, MatchReasons.SexDiffers, -40);
    }

    private static int Because(List<string> reasons, string reason, int points)
    {
        reasons.Add(reason);
        return points;
    }
}
