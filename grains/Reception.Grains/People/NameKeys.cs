namespace Reception.Grains.People;

/// <summary>
/// The retrieval keys the database indexes (<c>reception_person_key(key, birth_year, case_id)</c>): a new arrival's
/// candidates are the earlier cases sharing one of its keys with a birth year inside its
/// <see cref="BirthYearWindow"/>. Keys are phonetic so that spelling variants share them.
/// </summary>
public static class NameKeys
{
    /// <summary>The most keys one person gets, however long the name.</summary>
    public const int MaximumKeys = 12;

    // Wider than a date of birth needs: the earlier return may carry only an estimated age, often 3–4 years off
    // (the corpus' estimatedAgeOnly pairs: ±2 missed 5 of 340 same-person pairs, ±4 none, near misses unchanged).
    public const int YearsAroundDateOfBirth = 4;
    public const int YearsAroundEstimatedAge = 5;

    /// <summary>
    /// Distinct keys: each given name × each surname (<c>MARIA|ERNANDES</c>), and for two or more surnames each pair
    /// sorted (<c>ERNANDES+LOPES</c>) so that transposed surnames share it. Initials give no key; unnamed people none.
    /// </summary>
    public static IReadOnlyList<string> For(string givenNames, string surnames)
    {
        var given = NameParts.Given(givenNames).Where(t => !t.IsInitial).Select(t => t.Phonetic).Distinct().ToList();
        var family = NameParts.Surnames(surnames).Where(t => !t.IsInitial).Select(t => t.Phonetic).Distinct().ToList();
        var keys = new List<string>();
        // Surname by surname, so that the cap keeps the first surname's keys and the first given name's.
        foreach (var surname in family)
        {
            foreach (var name in given)
            {
                keys.Add($"{name}|{surname}");
            }
        }
        for (var i = 0; i < family.Count; i++)
        {
            for (var j = i + 1; j < family.Count; j++)
            {
                keys.Add(string.CompareOrdinal(family[i], family[j]) <= 0 ? $"{family[i]}+{family[j]}" : $"{family[j]}+{family[i]}");
            }
        }
        return keys.Distinct().Take(MaximumKeys).ToList();
    }

    /// <summary>The year of birth, else the arrival year less the estimated age, else null.</summary>
    public static int? BirthYear(DateOnly? dateOfBirth, int? estimatedAge, DateOnly arrivedOn) =>
        dateOfBirth?.Year ?? (estimatedAge is { } age ? arrivedOn.Year - age : null);

    /// <summary>
    /// The candidates' birth years to look at: ±2 around a date of birth, ±5 around an estimated age, any year when
    /// neither is known. A stored case with no birth year should be looked at too.
    /// </summary>
    public static (int From, int To) BirthYearWindow(DateOnly? dateOfBirth, int? estimatedAge, DateOnly arrivedOn)
    {
        if (dateOfBirth is { } born)
        {
            return (born.Year - YearsAroundDateOfBirth, born.Year + YearsAroundDateOfBirth);
        }
        if (estimatedAge is { } age)
        {
            var year = arrivedOn.Year - age;
            return (year - YearsAroundEstimatedAge, year + YearsAroundEstimatedAge);
        }
        return (DateOnly.MinValue.Year, arrivedOn.Year);
    }
}
