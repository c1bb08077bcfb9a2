using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>The <c>Idempotency-Key</c> request header: printable text of at most 100 characters, or absent.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 100;

    public static string? Read(HttpContext context)
    {
        var value = context.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (value.Length > MaxLength || value.Any(char.IsControl))
        {
            throw ReceptionException.Invalid("Idempotency-Key", $"The Idempotency-Key header must be at most {MaxLength} printable characters.");
        }
        return value;
    }
}
