using System.Text.RegularExpressions;
using Reception.Contracts.Points;
using Reception.Grains.Shared;

namespace Reception.Grains.Points;

internal static partial class PointRules
{
    [GeneratedRegex(Patterns.PointCode)]
    public static partial Regex Code();

    public static FieldErrors Capacity(this FieldErrors errors, PointCapacity? capacity, string prefix = "")
    {
        if (capacity is null)
        {
            return errors.Add(prefix + "capacity", ProblemCodes.Required);
        }
        return errors.Range(prefix + "shelterBeds", capacity.ShelterBeds, 0, Limits.MaxCapacity)
            .Range(prefix + "intakeDesks", capacity.IntakeDesks, 0, Limits.MaxCapacity)
            .Range(prefix + "usualDailyArrivals", capacity.UsualDailyArrivals, 0, Limits.MaxCapacity);
    }

    public static void ValidateProfile(PointProfile profile, string key) =>
        new FieldErrors()
            .AddIf(profile.Code != key, "code", ProblemCodes.ProfileKeyMismatch, ("value", profile.Code), ("key", key))
            .Profile(profile)
            .ThrowIfAny();

    /// <summary>A point's profile, its fields named after <paramref name="prefix"/> (<c>points[2].</c> in a catalog file).</summary>
    public static FieldErrors Profile(this FieldErrors errors, PointProfile profile, string prefix = "") =>
        errors
            .AddIf(!Code().IsMatch(profile.Code ?? ""), prefix + "code", ProblemCodes.NotPointCode, ("value", profile.Code))
            .Text(prefix + "name", profile.Name, Limits.ShortTextLength, required: true)
            .Text(prefix + "city", profile.City, Limits.ShortTextLength, required: true)
            .AddIf(MexicanStates.Normalize(profile.State) is null, prefix + "state", ProblemCodes.NotAState, ("value", profile.State))
            .Known(prefix + "kind", profile.Kind)
            .AddIf(!LocalTime.IsKnown(profile.TimeZoneId ?? ""), prefix + "timeZone", ProblemCodes.UnknownTimeZone, ("value", profile.TimeZoneId))
            .Capacity(profile.Capacity, prefix + "capacity.");

    public static void ValidateNotice(NoticeCommand notice, DateTimeOffset now) =>
        new FieldErrors()
            .Required("expectedAt", notice.ExpectedAt)
            .AddIf(notice.ExpectedAt < now.AddDays(-Limits.NoticeDaysBack), "expectedAt", ProblemCodes.ExpectedTooEarly, ("value", notice.ExpectedAt), ("days", Limits.NoticeDaysBack))
            .AddIf(notice.ExpectedAt > now.AddDays(Limits.NoticeDaysAhead), "expectedAt", ProblemCodes.ExpectedTooLate, ("value", notice.ExpectedAt), ("days", Limits.NoticeDaysAhead))
            .Required("headcount", notice.Headcount)
            .Range("headcount", notice.Headcount, 1, Limits.MaxHeadcount)
            .Required("minors", notice.Minors)
            .AddIf(notice.Minors < 0 || notice.Minors > Math.Max(notice.Headcount ?? 0, 0), "minors", ProblemCodes.MinorsOverHeadcount, ("value", notice.Minors), ("headcount", notice.Headcount))
            .Required("transport", notice.Transport)
            .Known("transport", notice.Transport)
            .Text("reference", notice.Reference, Limits.ShortTextLength)
            .ThrowIfAny();
}
