using System.Text.RegularExpressions;
using Reception.Contracts.Shared;

namespace Reception.Contracts.Returnees;

/// <summary>CURP format (RENAPO) and check digit.</summary>
public static partial class Curp
{
    private const string CheckAlphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    [GeneratedRegex(Patterns.Curp)]
    private static partial Regex Format();

    /// <summary>The check digit for the first 17 characters: weights 18..2, value = position in the RENAPO alphabet.</summary>
    public static int CheckDigit(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = CheckAlphabet.IndexOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a CURP character.", nameof(first17));
            }
            sum += value * (18 - i);
        }
        return (10 - sum % 10) % 10;
    }

    /// <summary>Null when valid, otherwise the refusal a person can act on.</summary>
    public static Refusal? Problem(string curp)
    {
        if (curp.Length != Limits.CurpLength)
        {
            return Refusal.Of(ProblemCodes.CurpLength, ("value", curp), ("length", curp.Length), ("expected", Limits.CurpLength));
        }
        if (!Format().IsMatch(curp))
        {
            return Refusal.Of(ProblemCodes.CurpFormat, ("value", curp));
        }
        var expected = CheckDigit(curp);
        return curp[17] - '0' == expected ? null : Refusal.Of(ProblemCodes.CurpCheckDigit, ("value", curp), ("expected", expected));
    }

    /// <summary>
    /// What a well-formed CURP says of its holder: the date of birth (positions 5–10, YYMMDD, the century from
    /// position 17: a digit before 2000, a letter from 2000), the sex (H male, M female, X neither) and the
    /// two-letter state of birth ("NE": born abroad). Null when the CURP is not valid.
    /// </summary>
    public static CurpFacts? Decode(string? curp)
    {
        if (curp is null || Problem(curp) is not null)
        {
            return null;
        }
        var century = char.IsDigit(curp[16]) ? 1900 : 2000;
        var year = century + int.Parse(curp.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(curp.AsSpan(6, 2), System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(curp.AsSpan(8, 2), System.Globalization.CultureInfo.InvariantCulture);
        DateOnly? born = day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        Sex? sex = curp[10] switch { 'H' => Returnees.Sex.Male, 'M' => Returnees.Sex.Female, _ => null };
        return new CurpFacts(born, sex, curp.Substring(11, 2));
    }
}
