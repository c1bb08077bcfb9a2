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
}
