using Reception.Grains.People;

namespace Reception.Tests.People;

/// <summary>Names split into the tokens the scorer compares: abbreviations read, initials flagged, particles gone.</summary>
public sealed class NamePartsTests
{
    [Fact]
    public void Ma_de_Jesus_reads_as_maria_jesus_with_maria_abbreviated()
    {
        var tokens = NameParts.Given("Ma. de Jesús");

        Assert.Equal(["MARIA", "JESUS"], tokens.Select(t => t.Text));
        Assert.True(tokens[0].Abbreviated);
        Assert.False(tokens[1].Abbreviated);
    }

    [Fact]
    public void Common_abbreviations_expand()
    {
        Assert.Equal(["MARIA", "GUADALUPE"], NameParts.Given("MA GPE").Select(t => t.Text));
        Assert.Equal(["FRANCISCO", "JAVIER"], NameParts.Given("Fco. Javier").Select(t => t.Text));
    }

    [Fact]
    public void A_lone_letter_is_an_initial()
    {
        var tokens = NameParts.Given("José L.");

        Assert.Equal(["JOSE", "L"], tokens.Select(t => t.Text));
        Assert.Equal([false, true], tokens.Select(t => t.IsInitial));
    }

    [Theory]
    [InlineData("De la Cruz", new[] { "CRUZ" })]
    [InlineData("Ponce de León", new[] { "PONCE", "LEON" })]
    [InlineData("García-López", new[] { "GARCIA", "LOPEZ" })]
    [InlineData("O'Neil Pérez", new[] { "ONEIL", "PEREZ" })]
    [InlineData("O’Neil", new[] { "ONEIL" })]
    [InlineData("Hernández vda. de López", new[] { "HERNANDEZ", "LOPEZ" })]
    [InlineData("  ", new string[0])]
    public void Surnames_drop_particles_and_split_on_hyphens(string surnames, string[] expected) =>
        Assert.Equal(expected, NameParts.Surnames(surnames).Select(t => t.Text));

    [Fact]
    public void Generation_suffixes_are_not_names() =>
        Assert.Equal(["JOSE", "LUIS"], NameParts.Given("José Luis Jr.").Select(t => t.Text));
}
