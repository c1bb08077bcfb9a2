using System.Text.RegularExpressions;
using Reception.Contracts.Returnees;
using Reception.Grains.Shared;

namespace Reception.Grains.Returnees;

internal static partial class ArrivalRules
{
    [GeneratedRegex(Patterns.NoticeId)]
    private static partial Regex NoticeId();

    [GeneratedRegex(Patterns.FamilyGroupId)]
    private static partial Regex FamilyGroupId();

    /// <summary>Trims and upper-cases so equal intentions compare equal (arrival idempotency).</summary>
    public static RegisterArrival Normalize(RegisterArrival c) => c with
    {
        PointCode = c.PointCode.Trim().ToUpperInvariant(),
        GivenNames = c.GivenNames?.Trim() ?? "",
        Surnames = c.Surnames?.Trim() ?? "",
        Curp = TextRules.Clean(c.Curp)?.ToUpperInvariant(),
        AccompanyingCaseId = TextRules.Clean(c.AccompanyingCaseId)?.ToUpperInvariant(),
        NoticeId = TextRules.Clean(c.NoticeId)?.ToUpperInvariant(),
        FamilyGroupId = TextRules.Clean(c.FamilyGroupId)?.ToUpperInvariant(),
        OriginState = MexicanStates.Normalize(c.OriginState) ?? TextRules.Clean(c.OriginState),
        Vulnerabilities = (c.Vulnerabilities ?? []).Distinct().OrderBy(v => v).ToList(),
        // The CURP's date of birth stands in for one not given.
        DateOfBirth = c.DateOfBirth ?? Curp.Decode(TextRules.Clean(c.Curp)?.ToUpperInvariant())?.DateOfBirth,
        PersonId = TextRules.Clean(c.PersonId)?.ToUpperInvariant(),
        RejectedPersonIds = (c.RejectedPersonIds ?? []).Select(id => id?.Trim().ToUpperInvariant() ?? "").Distinct().Order(StringComparer.Ordinal).ToList(),
        Description = TextRules.Clean(c.Description),
    };

    public static bool SameIntent(RegisterArrival a, RegisterArrival b) =>
        a with { Vulnerabilities = null, RejectedPersonIds = null } == b with { Vulnerabilities = null, RejectedPersonIds = null }
        && (a.Vulnerabilities ?? []).SequenceEqual(b.Vulnerabilities ?? [])
        && (a.RejectedPersonIds ?? []).SequenceEqual(b.RejectedPersonIds ?? []);

    public static void Validate(RegisterArrival c, string caseId, DateOnly today) => Check(new FieldErrors(), c, caseId, today).ThrowIfAny();

    /// <summary>Adds every refusal of the arrival to <paramref name="errors"/>: one rule for a registration and for a corrected one.</summary>
    public static FieldErrors Check(FieldErrors errors, RegisterArrival c, string caseId, DateOnly today)
    {
        if (c.Unidentified)
        {
            errors.AddIf(c.GivenNames.Length > 0 || c.Surnames.Length > 0, "givenNames", ProblemCodes.NamesOfUnidentified)
                .Text("description", c.Description, Limits.DescriptionLength, required: true);
        }
        else
        {
            errors.Name("givenNames", c.GivenNames).Name("surnames", c.Surnames);
        }
        errors.Known("sex", c.Sex);
        if (c.DateOfBirth is { } dob)
        {
            errors.AddIf(dob > today, "dateOfBirth", ProblemCodes.DateInFuture, ("value", dob));
            errors.AddIf(dob < today.AddYears(-Limits.MaxAge), "dateOfBirth", ProblemCodes.DateTooOld, ("value", dob), ("max", Limits.MaxAge));
        }
        errors.Range("estimatedAge", c.EstimatedAge, 0, Limits.MaxAge);
        // Whether a child is unaccompanied depends on the age: without it nobody could tell.
        errors.AddIf(c.DateOfBirth is null && c.EstimatedAge is null, "dateOfBirth", ProblemCodes.AgeRequired);
        errors.AddIf(c.AccompanyingCaseId is not null && c.Relationship is null, "relationship", ProblemCodes.RelationshipRequired);
        if (c.FamilyGroupId is { } group)
        {
            errors.AddIf(!FamilyGroupId().IsMatch(group), "familyGroupId", ProblemCodes.FamilyGroupIdFormat, ("value", group));
        }
        if (c.Curp is { } curp && Curp.Problem(curp) is { } curpProblem)
        {
            errors.Add("curp", curpProblem);
        }
        CurpConsistency.Check(errors, c.Curp, c.DateOfBirth, c.Sex, c.OriginState);
        if (c.PersonId is { } person)
        {
            errors.AddIf(!PersonIds.IsValid(person), "personId", ProblemCodes.NotPersonId, ("value", person));
        }
        foreach (var rejected in c.RejectedPersonIds ?? [])
        {
            errors.AddIf(!PersonIds.IsValid(rejected), "rejectedPersonIds", ProblemCodes.NotPersonId, ("value", rejected));
        }
        if (c.AccompanyingCaseId is { } companion)
        {
            errors.AddIf(!CaseIds.IsValid(companion), "accompanyingCaseId", ProblemCodes.NotCaseId, ("value", companion));
            errors.AddIf(companion == caseId, "accompanyingCaseId", ProblemCodes.AccompaniesSelf);
        }
        errors.AllKnown("vulnerabilities", c.Vulnerabilities);
        if (c.NoticeId is { } notice)
        {
            errors.AddIf(!NoticeId().IsMatch(notice) || !notice.StartsWith(c.PointCode + "-", StringComparison.Ordinal),
                "noticeId", ProblemCodes.NoticeOfOtherPoint, ("value", notice), ("point", c.PointCode));
        }
        if (c.OriginState is not null)
        {
            errors.State("originState", c.OriginState);
        }
        return errors.Known("transport", c.Transport);
    }

    public static string NoticeIdFor(string pointCode, int sequence) => $"{pointCode}-N{sequence}";
}
