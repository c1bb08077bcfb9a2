using System.Collections.Frozen;
using Reception.Grains.Records;

namespace Reception.Grains.People;

/// <summary>
/// Splits given names and surnames into comparable <see cref="NameToken"/>s: folded, common abbreviations expanded
/// ("MA." → MARIA, "GPE" → GUADALUPE), single letters kept as initials, particles dropped ("De la Cruz" → CRUZ,
/// "Ponce de León" → PONCE, LEON), hyphens separating ("García-López" → GARCIA, LOPEZ) and apostrophes joining
/// ("O'Neil" → ONEIL).
/// </summary>
public static class NameParts
{
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["MA"] = "MARIA",
        ["GPE"] = "GUADALUPE",
        ["FCO"] = "FRANCISCO",
        ["GMO"] = "GUILLERMO",
        ["FDO"] = "FERNANDO",
        ["JSE"] = "JOSE",
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> Particles = new[] { "DE", "DEL", "LA", "LAS", "LOS", "Y", "VDA", "E" }.ToFrozenSet();

    // Generation suffixes tell father from son only together with the date of birth, which the scorer weighs.
    private static readonly FrozenSet<string> Suffixes = new[] { "JR", "SR", "II", "III" }.ToFrozenSet();

    /// <summary>The given names' tokens in order; particles ("MA. DE JESÚS") and suffixes ("JR.") dropped.</summary>
    public static IReadOnlyList<NameToken> Given(string? givenNames)
    {
        var tokens = new List<NameToken>(3);
        foreach (var word in Words(givenNames))
        {
            // In given names a lone Y or E is more likely an initial than a conjunction.
            if (word.Length > 1 && Particles.Contains(word) || Suffixes.Contains(word))
            {
                continue;
            }
            tokens.Add(Abbreviations.TryGetValue(word, out var full) && full != word ? NameToken.Of(full, abbreviated: true) : NameToken.Of(word));
        }
        return tokens;
    }

    /// <summary>The surnames' tokens in order, particles and suffixes dropped.</summary>
    public static IReadOnlyList<NameToken> Surnames(string? surnames)
    {
        var tokens = new List<NameToken>(2);
        foreach (var word in Words(surnames))
        {
            if (!Particles.Contains(word) && !Suffixes.Contains(word))
            {
                tokens.Add(NameToken.Of(word));
            }
        }
        return tokens;
    }

    private static string[] Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }
        var joined = name.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal).Replace("‘", "", StringComparison.Ordinal);
        var folded = SearchNames.Normalize(joined);
        return folded.Length == 0 ? [] : folded.Split(' ');
    }
}
