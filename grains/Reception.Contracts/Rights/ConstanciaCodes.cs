using System.Security.Cryptography;
using System.Text;
using Reception.Contracts.Shared;

namespace Reception.Contracts.Rights;

/// <summary>
/// The constancia's folio (the case's certificate number, <c>{point}-{yyyyMMdd}-{case id}</c>) and its verification
/// code: 12 random Crockford base 32 characters (60 bits) kept with the case, so a folio guessed from a case id, a
/// point and a date is refused without the code printed beside it.
/// </summary>
public static class ConstanciaCodes
{
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return CrockfordBase32.Encode(bytes, Limits.ConstanciaCodeLength);
    }

    /// <summary>The case id a folio names, or null when the folio cannot be one.</summary>
    public static string? CaseIdOf(string? folio)
    {
        var caseId = folio?.Trim().ToUpperInvariant().Split('-')[^1];
        return CaseIds.IsValid(caseId) ? caseId : null;
    }

    /// <summary>Compares in constant time, so the answer's timing tells nothing of how much of a code was right.</summary>
    public static bool Matches(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given.Trim().ToUpperInvariant()));

    /// <summary>The initials of the names printed on the constancia (<c>J. P. L.</c>); empty for a person without names.</summary>
    public static string Initials(string givenNames, string surnames) => string.Join(" ",
        $"{givenNames} {surnames}".Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + "."));
}
