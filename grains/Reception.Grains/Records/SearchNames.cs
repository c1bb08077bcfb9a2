using System.Globalization;
using System.Text;

namespace Reception.Grains.Records;

/// <summary>A name as searches compare it: upper case, accents and punctuation removed, one space between words ("José  de la Peña" → "JOSE DE LA PENA").</summary>
public static class SearchNames
{
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var folded = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (space && folded.Length > 0)
                {
                    folded.Append(' ');
                }
                folded.Append(char.ToUpperInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return folded.ToString();
    }
}
