using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Reception.Contracts.Shared;

/// <summary>Case ids: 10 characters of Crockford base32 (50 bits), URL-safe.</summary>
public static partial class CaseIds
{
    public const int Length = Limits.CaseIdLength;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return CrockfordBase32.Encode(bytes, Length);
    }

    /// <summary>The same point and idempotency key always give the same case id, so a retried arrival lands on the same grain.</summary>
    public static string FromIdempotencyKey(string pointCode, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{pointCode.ToUpperInvariant()}\n{idempotencyKey}"));
        return CrockfordBase32.Encode(hash, Length);
    }

    [GeneratedRegex(Patterns.CaseId)]
    private static partial Regex Format();

    public static bool IsValid(string? caseId) => caseId is not null && Format().IsMatch(caseId);
}
