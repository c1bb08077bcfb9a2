namespace Reception.Grains.People;

/// <summary>Tallies the inexact token agreements behind a score, so each costs a little and is given as a reason once.</summary>
internal struct Agreements
{
    public int Spelling;
    public int Typos;
    public int Initials;

    public void Count(TokenAgreement agreement)
    {
        switch (agreement)
        {
            case TokenAgreement.Spelling:
                Spelling++;
                break;
            case TokenAgreement.Typo:
                Typos++;
                break;
            case TokenAgreement.Initial:
                Initials++;
                break;
        }
    }

    public void Add(Agreements other)
    {
        Spelling += other.Spelling;
        Typos += other.Typos;
        Initials += other.Initials;
    }

    /// <summary>True, counting them, when both pairs agree.</summary>
    public bool Both(NameToken a, NameToken b, NameToken c, NameToken d)
    {
        var first = TokenComparison.Compare(a, b);
        var second = TokenComparison.Compare(c, d);
        if (first == TokenAgreement.None || second == TokenAgreement.None)
        {
            return false;
        }
        Count(first);
        Count(second);
        return true;
    }

    /// <summary>True, counting it, when the pair agrees.</summary>
    public bool One(NameToken a, NameToken b)
    {
        var agreement = TokenComparison.Compare(a, b);
        Count(agreement);
        return agreement != TokenAgreement.None;
    }

    /// <summary>True, counting the best, when any token of one list agrees with any of the other.</summary>
    public bool Any(IReadOnlyList<NameToken> first, IReadOnlyList<NameToken> second)
    {
        var best = TokenAgreement.None;
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                var agreement = TokenComparison.Compare(a, b);
                best = agreement > best ? agreement : best;
            }
        }
        Count(best);
        return best != TokenAgreement.None;
    }
}
