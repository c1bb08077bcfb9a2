using System.Text.RegularExpressions;
using Reception.Contracts.Points;
using Reception.Contracts.Returnees;
using Reception.Grains.Shared;

namespace Reception.Grains.Returnees;

internal static partial class ArrivalRules
{
    public const int MaxAge = 120;

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{1,7}-N\d{1,6}$")]
    private static partial Regex NoticeId();

    /// <summary>Trims and upper-cases so equal intentions compare equal (arrival idempotency).</summary>
    public static RegisterArrival Normalize(RegisterArrival c) => c with
    {
        PointCode = c.PointCode.Trim().ToUpperInvariant(),
        GivenNames = c.GivenNames?.Trim() ?? "",
        Surnames = c.Surnames?.Trim() ?? "",
        Curp = TextRules.Clean(c.Curp)?.ToUpperInvariant(),
        AccompanyingCaseId = TextRules.Clean(c.AccompanyingCaseId)?.ToUpperInvariant(),
        NoticeId = TextRules.Clean(c.NoticeId)?.ToUpperInvariant(),
        Vulnerabilities = (c.Vulnerabilities ?? []).Distinct().OrderBy(v => v).ToList(),
    };

    public static bool SameIntent(RegisterArrival a, RegisterArrival b) =>
        a with { Vulnerabilities = null } == b with { Vulnerabilities = null }
        && (a.Vulnerabilities ?? []).SequenceEqual(b.Vulnerabilities ?? []);

    public static void Validate(RegisterArrival c, string caseId, DateOnly today)
    {
        var errors = new FieldErrors();
        if (TextRules.NameProblem("Given names", c.GivenNames) is { } given)
        {
            errors.Add("givenNames", given);
        }
        if (TextRules.NameProblem("Surnames", c.Surnames) is { } surnames)
        {
            errors.Add("surnames", surnames);
        }
        errors.AddIf(!Enum.IsDefined(c.Sex), "sex", $"Sex '{c.Sex}' is not one of female, male, unspecified.");
        if (c.DateOfBirth is { } dob)
        {
            errors.AddIf(dob > today, "dateOfBirth", $"Date of birth {dob:yyyy-MM-dd} is in the future.");
            errors.AddIf(dob < today.AddYears(-MaxAge), "dateOfBirth", $"Date of birth {dob:yyyy-MM-dd} is more than {MaxAge} years ago.");
        }
        errors.AddIf(c.EstimatedAge is < 0 or > MaxAge, "estimatedAge", $"Estimated age {c.EstimatedAge} must be between 0 and {MaxAge}.");
        if (c.Curp is { } curp && Curp.Problem(curp) is { } curpProblem)
        {
            errors.Add("curp", curpProblem);
        }
        if (c.AccompanyingCaseId is { } companion)
        {
            errors.AddIf(!CaseIds.IsValid(companion), "accompanyingCaseId", $"Accompanying case id '{companion}' is not a case id.");
            errors.AddIf(companion == caseId, "accompanyingCaseId", "A person cannot accompany themselves.");
        }
        foreach (var flag in c.Vulnerabilities ?? [])
        {
            errors.AddIf(!Enum.IsDefined(flag), "vulnerabilities", $"Vulnerability '{flag}' is not known.");
        }
        if (c.NoticeId is { } notice)
        {
            errors.AddIf(!NoticeId().IsMatch(notice) || !notice.StartsWith(c.PointCode + "-", StringComparison.Ordinal),
                "noticeId", $"Notice '{notice}' is not a notice of point {c.PointCode}.");
        }
        errors.AddIf(c.Transport is { } t && !Enum.IsDefined(t), "transport", $"Transport '{c.Transport}' is not one of bus, foot, flight, other.");
        errors.ThrowIfAny();
    }

    public static string NoticeIdFor(string pointCode, int sequence) => $"{pointCode}-N{sequence}";

}
