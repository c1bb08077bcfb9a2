using Reception.Grains.People;
using Reception.Grains.Records;

namespace Reception.Tests.People;

/// <summary>Spellings a desk types for one Spanish name share a key; different names keep different keys.</summary>
public sealed class SpanishPhoneticTests
{
    [Theory]
    [InlineData("HERNANDEZ", "ERNANDES", "HERNANDES")]
    [InlineData("VELAZQUEZ", "BELASQUES", "VELASQUEZ")]
    [InlineData("JIMENEZ", "XIMENEZ", "GIMENEZ")]
    [InlineData("YOLANDA", "LLOLANDA", "YOLANDA")]
    [InlineData("MEJIA", "MEXIA", "MEGIA")]
    [InlineData("CECILIA", "SESILIA", "ZECILIA")]
    [InlineData("GODOY", "GODOI", "GODOY")]
    [InlineData("GUEVARA", "GUEBARA", "GUEVARRA")]
    [InlineData("RAFAEL", "RAPHAEL", "RAFFAEL")]
    [InlineData("QUINTERO", "KINTERO", "QINTERO")]
    [InlineData("CASTRO", "KASTRO", "CASSTRO")]
    public void Spellings_of_one_name_share_a_key(string a, string b, string c)
    {
        Assert.Equal(SpanishPhonetic.Key(a), SpanishPhonetic.Key(b));
        Assert.Equal(SpanishPhonetic.Key(a), SpanishPhonetic.Key(c));
    }

    [Theory]
    [InlineData("CHAVEZ", "CAVEZ")]
    [InlineData("CHAVEZ", "SAVEZ")]
    [InlineData("MARIA", "MARIO")]
    [InlineData("LUIS", "LUISA")]
    [InlineData("CINTIA", "KINTIA")]
    [InlineData("GERARDO", "GUERARDO")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(SpanishPhonetic.Key(a), SpanishPhonetic.Key(b));

    [Fact]
    public void Guillermo_without_its_u_is_one_letter_off()
    {
        var guillermo = SpanishPhonetic.Key("GUILLERMO");
        var gillermo = SpanishPhonetic.Key("GILLERMO");

        Assert.Equal(guillermo.Length, gillermo.Length);
        Assert.Equal(1, guillermo.Zip(gillermo).Count(pair => pair.First != pair.Second));
    }

    [Fact]
    public void Folded_accents_and_enye_key_as_plain_letters() =>
        Assert.Equal(SpanishPhonetic.Key("MUNOS"), SpanishPhonetic.Key(SearchNames.Normalize("Muñoz")));
}
