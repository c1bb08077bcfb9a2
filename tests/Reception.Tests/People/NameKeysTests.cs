using Reception.Grains.People;

namespace Reception.Tests.People;

/// <summary>The retrieval keys: shared by spellings and orders of one name, none for an unnamed person.</summary>
public sealed class NameKeysTests
{
    private static readonly DateOnly Arrived = new(2026, 11, 30);

    [Fact]
    public void Keys_pair_each_given_name_with_each_surname_and_the_sorted_surnames()
    {
        var keys = NameKeys.For("María", "Hernández López");

        Assert.Equal(["MARIA|ERNANDES", "MARIA|LOPES", "ERNANDES+LOPES"], keys);
    }

    [Fact]
    public void Transposed_surnames_share_the_surname_key()
    {
        var keys = NameKeys.For("Juan Carlos", "López Hernández");
        var transposed = NameKeys.For("Juan Carlos", "Hernández López");

        Assert.Contains("ERNANDES+LOPES", keys);
        Assert.Contains("ERNANDES+LOPES", transposed);
    }

    [Fact]
    public void Spelling_variants_and_abbreviations_share_keys()
    {
        var keys = NameKeys.For("Ma. Guadalupe", "Velázquez");
        var typed = NameKeys.For("MARIA GUADALUPE", "BELASQUES");

        Assert.Equal(keys, typed);
    }

    [Fact]
    public void Initials_give_no_key_and_unnamed_people_none()
    {
        Assert.Equal(["JOSE|PERES"], NameKeys.For("José L.", "Pérez"));
        Assert.Empty(NameKeys.For("", ""));
        Assert.Empty(NameKeys.For("Juan", ""));
    }

    [Fact]
    public void Absurdly_long_names_are_capped()
    {
        var keys = NameKeys.For("Juan Pablo José María Guadalupe Francisco", "Ponce de León García López Martínez");

        Assert.Equal(NameKeys.MaximumKeys, keys.Count);
        Assert.Contains("JUAN|PONSE", keys);
    }

    [Fact]
    public void Birth_year_comes_from_the_date_of_birth_else_the_estimated_age()
    {
        Assert.Equal(1990, NameKeys.BirthYear(new DateOnly(1990, 3, 7), 40, Arrived));
        Assert.Equal(1986, NameKeys.BirthYear(null, 40, Arrived));
        Assert.Null(NameKeys.BirthYear(null, null, Arrived));
    }

    [Fact]
    public void The_window_is_narrower_with_a_date_of_birth_than_with_an_estimated_age()
    {
        Assert.Equal((1986, 1994), NameKeys.BirthYearWindow(new DateOnly(1990, 3, 7), null, Arrived));
        Assert.Equal((1981, 1991), NameKeys.BirthYearWindow(null, 40, Arrived));
    }
}
