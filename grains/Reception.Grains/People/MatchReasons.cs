namespace Reception.Grains.People;

/// <summary>The codes a <see cref="PersonMatch"/> gives as reasons; the dashboard words them in Spanish and English.</summary>
public static class MatchReasons
{
    /// <summary>Both carry the same valid CURP: the same person.</summary>
    public const string Curp = "curp";

    /// <summary>Both carry a valid CURP and they differ: different people.</summary>
    public const string CurpDiffers = "curpDiffers";

    /// <summary>Both surnames agree, in the same order.</summary>
    public const string SurnamesEqual = "surnamesEqual";

    /// <summary>Both surnames agree, in the other order.</summary>
    public const string SurnamesTransposed = "surnamesTransposed";

    /// <summary>One side has a single surname and it agrees with one of the other side's.</summary>
    public const string SecondSurnameMissing = "secondSurnameMissing";

    /// <summary>Both have two surnames and only one agrees.</summary>
    public const string OneSurnameMatches = "oneSurnameMatches";

    /// <summary>No surname agrees.</summary>
    public const string SurnamesDiffer = "surnamesDiffer";

    /// <summary>All given names agree.</summary>
    public const string GivenNamesEqual = "givenNamesEqual";

    /// <summary>Given names agree once an abbreviation ("Ma.", "Gpe.") or an initial ("J.") is read as the name.</summary>
    public const string GivenNameAbbreviated = "givenNameAbbreviated";

    /// <summary>One side has fewer given names and all of them agree with the other side's.</summary>
    public const string GivenNameMissing = "givenNameMissing";

    /// <summary>Some given name agrees but another one clearly differs (MARÍA GUADALUPE / MARÍA FERNANDA).</summary>
    public const string GivenNameDiffers = "givenNameDiffers";

    /// <summary>No given name agrees.</summary>
    public const string GivenNamesDiffer = "givenNamesDiffer";

    /// <summary>A name agrees only as Spanish sounds it (b/v, s/z, ll/y, silent h, j/g/x).</summary>
    public const string NameSpelling = "nameSpelling";

    /// <summary>A name agrees but for one letter typed wrong, missing, doubled or swapped.</summary>
    public const string NameTypo = "nameTypo";

    /// <summary>Same date of birth.</summary>
    public const string SameDateOfBirth = "sameDateOfBirth";

    /// <summary>Dates of birth agree with day and month swapped (US order).</summary>
    public const string DayMonthSwapped = "dayMonthSwapped";

    /// <summary>Same day and month of birth, the year one or two off.</summary>
    public const string BirthYearClose = "birthYearClose";

    /// <summary>Same year of birth and one of day or month: a single field typed wrong.</summary>
    public const string BirthDateClose = "birthDateClose";

    /// <summary>An estimated age agrees with the other side's age or date of birth within its tolerance.</summary>
    public const string AgeClose = "ageClose";

    /// <summary>Born years apart: a relative or a namesake rather than the same person.</summary>
    public const string BirthYearsApart = "birthYearsApart";

    /// <summary>Both record a sex and it differs.</summary>
    public const string SexDiffers = "sexDiffers";
}
