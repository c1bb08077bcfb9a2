using Reception.Grains.People;

namespace Reception.Grains.Records;

/// <summary>
/// The <c>phonetic_name</c> column searches match words against: each name token's Spanish phonetic key
/// (abbreviations expanded, particles dropped), between single spaces and with one at each end, so that a token
/// matches as <c>LIKE '% KEY %'</c> and an initial as <c>LIKE '% K%'</c>.
/// </summary>
public static class PhoneticNames
{
    public static string Of(string givenNames, string surnames)
    {
        var keys = NameParts.Given(givenNames).Concat(NameParts.Surnames(surnames)).Select(t => t.Phonetic).Where(k => k.Length > 0);
        var joined = string.Join(' ', keys);
        return joined.Length == 0 ? "" : $" {joined} ";
    }

    /// <summary>The tokens of a searched text, as <see cref="Of"/> spells them.</summary>
    public static IReadOnlyList<NameToken> QueryTokens(string text) => NameParts.Given(text).Where(t => t.Phonetic.Length > 0).ToList();
}
