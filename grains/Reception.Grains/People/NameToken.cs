namespace Reception.Grains.People;

/// <summary>
/// One comparable word of a name: folded text, its <see cref="SpanishPhonetic"/> key, whether the desk wrote only
/// its initial ("J.") and whether it was expanded from an abbreviation ("MA." → MARIA).
/// </summary>
public sealed record NameToken(string Text, string Phonetic, bool IsInitial, bool Abbreviated)
{
    public static NameToken Of(string text, bool abbreviated = false) =>
        new(text, SpanishPhonetic.Key(text), text.Length == 1, abbreviated);
}
