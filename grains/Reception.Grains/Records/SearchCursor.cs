using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Reception.Grains.Records;

/// <summary>The position after a search page's last case (arrival time, case id), as an opaque URL-safe text.</summary>
public static class SearchCursor
{
    public static string Encode(DateTimeOffset arrivedAt, string caseId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{arrivedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{caseId}"));

    public static (DateTimeOffset ArrivedAt, string CaseId)? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks && CaseIds.IsValid(text[(colon + 1)..])
                ? (new DateTimeOffset(ticks, TimeSpan.Zero), text[(colon + 1)..])
                : throw new FormatException();
        }
        catch (FormatException)
        {
            throw ReceptionException.Invalid("cursor", ProblemCodes.CursorInvalid, ("value", cursor));
        }
    }
}
