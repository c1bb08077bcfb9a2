using Reception.Contracts.Returnees;
using Reception.Grains.People;

namespace Reception.Tests.People;

/// <summary>The scorer's verdicts and reasons on the cases the desk meets.</summary>
public sealed class PersonMatcherTests
{
    private static readonly DateOnly Arrived = new(2024, 5, 10);
    private static readonly DateOnly Born = new(1988, 3, 7);

    private static MatchSubject Person(string given, string surnames, Sex sex = Sex.Female, DateOnly? born = null, int? age = null, string? curp = null) =>
        new(given, surnames, sex, age is null ? born ?? Born : born, age, Arrived.AddYears(2), curp);

    private static readonly MatchSubject Earlier = Person("María Guadalupe", "Hernández López") with { ArrivedOn = Arrived };

    [Fact]
    public void Equal_valid_curps_are_the_same_person()
    {
        var curp = Curp17("HELG880307MGTRPD");
        var match = PersonMatcher.Score(Person("Lupita", "Hernandez", curp: curp), Earlier with { Curp = curp });

        Assert.Equal(100, match.Score);
        Assert.Equal([MatchReasons.Curp], match.Reasons);
    }

    [Fact]
    public void Different_valid_curps_are_different_people_whatever_the_names()
    {
        var match = PersonMatcher.Score(Earlier with { Curp = Curp17("HELG880307MGTRPD") }, Earlier with { Curp = Curp17("HELG880307MGTRPD", '1') });

        Assert.True(match.Score < PersonMatcher.MinimumScore, $"{match.Score}");
        Assert.Contains(MatchReasons.CurpDiffers, match.Reasons);
    }

    [Fact]
    public void A_retyped_same_person_is_likely_with_the_reasons_why()
    {
        var match = PersonMatcher.Score(Person("Ma. Guadalupe", "Lopes Hernandez", born: new DateOnly(1988, 7, 3)), Earlier);

        Assert.True(match.Score >= PersonMatcher.LikelyScore, $"{match.Score}");
        Assert.Equal([MatchReasons.SurnamesTransposed, MatchReasons.GivenNameAbbreviated, MatchReasons.DayMonthSwapped, MatchReasons.NameSpelling], match.Reasons);
    }

    [Fact]
    public void An_initial_a_missing_surname_and_a_typo_still_read_as_likely()
    {
        var match = PersonMatcher.Score(Person("Maria G.", "Hernandes"), Earlier);
        var typo = PersonMatcher.Score(Person("Maria Guadalupe", "Hernanedz Lopez"), Earlier);

        Assert.True(match.Score >= PersonMatcher.LikelyScore, $"{match.Score}");
        Assert.Contains(MatchReasons.SecondSurnameMissing, match.Reasons);
        Assert.Contains(MatchReasons.GivenNameAbbreviated, match.Reasons);
        Assert.True(typo.Score >= PersonMatcher.LikelyScore, $"{typo.Score}");
        Assert.Contains(MatchReasons.NameTypo, typo.Reasons);
    }

    [Fact]
    public void Only_an_estimated_age_agrees_within_its_tolerance()
    {
        var close = PersonMatcher.Score(Person("María Guadalupe", "Hernández López", age: 39), Earlier);
        var far = PersonMatcher.Score(Person("María Guadalupe", "Hernández López", age: 20), Earlier);

        Assert.Contains(MatchReasons.AgeClose, close.Reasons);
        Assert.True(close.Score >= PersonMatcher.LikelyScore, $"{close.Score}");
        Assert.Contains(MatchReasons.BirthYearsApart, far.Reasons);
        Assert.True(far.Score < PersonMatcher.LikelyScore, $"{far.Score}");
    }

    [Theory]
    [InlineData("María Fernanda", 0)]
    [InlineData("Alejandra", 0)]
    [InlineData("Alejandra", 2)]
    public void Siblings_and_twins_stay_below_likely(string given, int yearsApart)
    {
        var match = PersonMatcher.Score(Person(given, "Hernández López", born: Born.AddYears(yearsApart)), Earlier);

        Assert.True(match.Score < PersonMatcher.LikelyScore, $"{match.Score}");
        Assert.Contains(MatchReasons.SurnamesEqual, match.Reasons);
    }

    [Fact]
    public void A_different_sex_weighs_strongly_and_an_unspecified_one_not_at_all()
    {
        var brother = PersonMatcher.Score(Person("María Guadalupe", "Hernández López", Sex.Male), Earlier);
        var unspecified = PersonMatcher.Score(Person("María Guadalupe", "Hernández López", Sex.Unspecified), Earlier);

        Assert.True(brother.Score < PersonMatcher.LikelyScore, $"{brother.Score}");
        Assert.Contains(MatchReasons.SexDiffers, brother.Reasons);
        Assert.Equal(100, unspecified.Score);
    }

    [Fact]
    public void Reasons_are_the_declared_codes()
    {
        var codes = typeof(MatchReasons).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        var match = PersonMatcher.Score(Person("Ma. G.", "Ernandes", Sex.Male, new DateOnly(1989, 3, 7)), Earlier);

        Assert.All(match.Reasons, reason => Assert.Contains(reason, codes));
    }

    private static string Curp17(string first16, char century = '0')
    {
        var first17 = first16 + century;
        return first17 + Curp.CheckDigit(first17);
    }
}
