namespace Reception.Grains.People;

/// <summary>Compares two name tokens: exactly, by initial, by Spanish sound, or but for one typed letter.</summary>
internal static class TokenComparison
{
    // Shorter tokens one letter apart are too often other names (ANA/AND, LUZ/LUIS): no typo allowance for them.
    private const int TypoMinimumLength = 4;

    public static TokenAgreement Compare(NameToken a, NameToken b)
    {
        if (a.Text == b.Text)
        {
            return a.IsInitial ? TokenAgreement.Initial : TokenAgreement.Exact;
        }
        if (a.IsInitial || b.IsInitial)
        {
            // By sound too: a J. the desk once wrote as X. (XIMENA/JIMENA).
            var sameInitial = a.Text[0] == b.Text[0] || a.Phonetic.Length > 0 && b.Phonetic.Length > 0 && a.Phonetic[0] == b.Phonetic[0];
            return sameInitial ? TokenAgreement.Initial : TokenAgreement.None;
        }
        if (a.Phonetic == b.Phonetic)
        {
            return TokenAgreement.Spelling;
        }
        var typo = a.Text.Length >= TypoMinimumLength && b.Text.Length >= TypoMinimumLength && WithinOneEdit(a.Text, b.Text)
            || a.Phonetic.Length >= TypoMinimumLength && b.Phonetic.Length >= TypoMinimumLength && WithinOneEdit(a.Phonetic, b.Phonetic);
        return typo ? TokenAgreement.Typo : TokenAgreement.None;
    }

    /// <summary>True when one substitution, insertion, deletion or swap of neighbours turns one into the other.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }
        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }
        var differingA = endA - start;
        var differingB = endB - start;
        if (differingA <= 1 && differingB <= 1)
        {
            return true;
        }
        return differingA == 2 && differingB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start];
    }
}
