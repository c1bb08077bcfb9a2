namespace Reception.Grains.People;

/// <summary>
/// A phonetic key of one name token as Mexican Spanish sounds it, so that the spellings a desk types for the same
/// name share one key: b/v, s/z/c(e,i), ll/y, silent h, j/g(e,i)/x, qu/k/c(a,o,u), gu(e,i)/g and doubled letters
/// ("HERNANDEZ", "ERNANDES" → "ERNANDES"; "VELAZQUEZ", "BELASQUES" → "BELASKES"). Vowels stay: they tell many
/// Spanish names apart.
/// </summary>
public static class SpanishPhonetic
{
    /// <summary>The key of a token already folded by <see cref="Records.SearchNames.Normalize"/>; letters other than A–Z are skipped.</summary>
    public static string Key(string token)
    {
        Span<char> key = token.Length <= 64 ? stackalloc char[token.Length * 2] : new char[token.Length * 2];
        var length = 0;
        var last = '\0';
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            var afterNext = i + 2 < token.Length ? token[i + 2] : '\0';
            char sound;
            switch (c)
            {
                case 'A' or 'E' or 'I' or 'O':
                    sound = c;
                    break;
                case 'U':
                    sound = 'U';
                    break;
                case 'B' or 'V':
                    sound = 'B';
                    break;
                case 'C' when next == 'H':
                    // CH is a sound of its own: kept apart from C/K and from S.
                    if (last != 'Ç')
                    {
                        key[length++] = 'C';
                        key[length++] = 'H';
                    }
                    last = 'Ç';
                    i++;
                    continue;
                case 'C':
                    sound = next is 'E' or 'I' ? 'S' : 'K';
                    break;
                case 'S' or 'Z':
                    sound = 'S';
                    break;
                case 'K':
                    sound = 'K';
                    break;
                case 'Q':
                    sound = 'K';
                    if (next == 'U')
                    {
                        i++;
                    }
                    break;
                case 'G' when next is 'E' or 'I':
                    sound = 'J';
                    break;
                case 'G':
                    sound = 'G';
                    if (next == 'U' && afterNext is 'E' or 'I')
                    {
                        i++;
                    }
                    break;
                case 'J' or 'X':
                    // X in Mexican names mostly sounds as J: MEXIA/MEJIA, XIMENA/JIMENA.
                    sound = 'J';
                    break;
                case 'L' when next == 'L':
                    sound = 'Y';
                    i++;
                    break;
                case 'Y':
                    // Y before a vowel is a consonant (YOLANDA = LLOLANDA); elsewhere it is the vowel I (GODOY = GODOI).
                    sound = next is 'A' or 'E' or 'I' or 'O' or 'U' ? 'Y' : 'I';
                    break;
                case 'H':
                    // Silent, except in CH handled above.
                    continue;
                case 'P' when next == 'H':
                    sound = 'F';
                    i++;
                    break;
                case 'W':
                    sound = 'U';
                    break;
                case >= 'A' and <= 'Z':
                    sound = c;
                    break;
                default:
                    continue;
            }
            if (sound != last)
            {
                key[length++] = sound;
            }
            last = sound;
        }
        return new string(key[..length]);
    }
}
