using System.Text.RegularExpressions;
using Reception.Contracts.Points;
using Reception.Grains.Shared;

namespace Reception.Grains.Points;

internal static partial class PointRules
{
    public const int MaxCapacity = 100_000;
    public const int MaxHeadcount = 1000;

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,7}$")]
    public static partial Regex Code();

    public static void ValidateCapacity(PointCapacity? capacity, FieldErrors errors, string prefix = "")
    {
        if (capacity is null)
        {
            errors.Add(prefix + "capacity", "Capacity is required.");
            return;
        }
        Check(capacity.ShelterBeds, "shelterBeds", "Shelter beds");
        Check(capacity.IntakeDesks, "intakeDesks", "Intake desks");
        Check(capacity.UsualDailyArrivals, "usualDailyArrivals", "Usual daily arrivals");

        void Check(int value, string field, string label) =>
            errors.AddIf(value is < 0 or > MaxCapacity, prefix + field, $"{label} must be between 0 and {MaxCapacity}, not {value}.");
    }

    public static void ValidateProfile(PointProfile profile, string key)
    {
        var errors = new FieldErrors();
        errors.AddIf(profile.Code != key, "code", $"The profile's code '{profile.Code}' does not match the point '{key}'.");
        errors.AddIf(!Code().IsMatch(profile.Code ?? ""), "code", $"Point code '{profile.Code}' must be 2 to 8 capital letters or digits, starting with a letter.");
        foreach (var (field, value) in new[] { ("name", profile.Name), ("city", profile.City), ("state", profile.State) })
        {
            errors.AddIf(TextRules.TextProblem(field, value, 100, required: true) is not null, field, $"The point's {field} must have 1 to 100 characters.");
        }
        errors.AddIf(!Enum.IsDefined(profile.Kind), "kind", $"Point kind '{profile.Kind}' is not one of landCrossing, airport.");
        errors.AddIf(!LocalTime.IsKnown(profile.TimeZoneId ?? ""), "timeZoneId", $"Time zone '{profile.TimeZoneId}' is not a known IANA time zone.");
        ValidateCapacity(profile.Capacity, errors, "capacity.");
        errors.ThrowIfAny();
    }

    public static void ValidateNotice(NoticeCommand notice, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.AddIf(notice.ExpectedAt < now.AddDays(-1), "expectedAt", $"Expected time {notice.ExpectedAt:O} is more than 1 day in the past.");
        errors.AddIf(notice.ExpectedAt > now.AddDays(30), "expectedAt", $"Expected time {notice.ExpectedAt:O} is more than 30 days ahead.");
        errors.AddIf(notice.Headcount is < 1 or > MaxHeadcount, "headcount", $"Headcount must be between 1 and {MaxHeadcount}, not {notice.Headcount}.");
        errors.AddIf(notice.Minors < 0 || notice.Minors > Math.Max(notice.Headcount, 0), "minors", $"Minors must be between 0 and the headcount ({notice.Headcount}), not {notice.Minors}.");
        errors.AddIf(!Enum.IsDefined(notice.Transport), "transport", $"Transport '{notice.Transport}' is not one of bus, foot, flight, other.");
        if (TextRules.TextProblem("Reference", notice.Reference, 100) is { } reference)
        {
            errors.Add("reference", reference);
        }
        errors.ThrowIfAny();
    }
}
