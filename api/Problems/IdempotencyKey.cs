using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>The <c>Idempotency-Key</c> request header: printable text of at most <see cref="Limits.IdempotencyKeyLength"/> characters, or absent.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public static string? Read(HttpContext context)
    {
        var value = context.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        value = value.Trim();
        if (value.Length > Limits.IdempotencyKeyLength || value.Any(char.IsControl))
        {
            throw ReceptionException.Invalid(Header, ProblemCodes.IdempotencyKeyInvalid, ("max", Limits.IdempotencyKeyLength));
        }
        return value;
    }
}
