using Reception.Contracts.People;

namespace Reception.Grains.Records;

/// <summary>
/// What finding people reads of the permanent record (db scripts postgres/008 and sqlite/007): candidates of
/// earlier returns, a CURP's person, a person's cases and searches. One implementation per engine in the silo.
/// </summary>
public interface IPeopleRecord
{
    /// <summary>
    /// Cases that may be the person of <paramref name="query"/>: the same CURP, a shared name key with a birth year
    /// in the window, or the same (or day-month swapped) date of birth. Unscored; at most a few hundred.
    /// </summary>
    Task<IReadOnlyList<CandidateRow>> CandidatesAsync(CandidateQuery query);

    /// <summary>The person of the earliest other case with this CURP, or null.</summary>
    Task<string?> PersonWithCurpAsync(string curp, string exceptCaseId);

    /// <summary>The cases of a person, oldest first.</summary>
    Task<IReadOnlyList<PersonCaseRow>> CasesOfPersonAsync(string personId);

    /// <summary>A page of cases matching the search within the scope, newest first.</summary>
    Task<CaseSearchPage> SearchAsync(CaseSearch search, SearchScope scope);
}

/// <summary>What <see cref="IPeopleRecord.CandidatesAsync"/> looks for.</summary>
public sealed record CandidateQuery(
    IReadOnlyList<string> NameKeys,
    int BirthYearFrom,
    int BirthYearTo,
    string? Curp,
    IReadOnlyList<DateOnly> DatesOfBirth,
    int Limit,
    // Among cases sharing as many keys, those born closest to this year come first (null: no preference).
    int? BirthYear = null);

/// <summary>A candidate case with what scoring and the desk need.</summary>
public sealed record CandidateRow(
    string CaseId,
    string PersonId,
    string GivenNames,
    string Surnames,
    string Sex,
    DateOnly? DateOfBirth,
    int? EstimatedAge,
    DateOnly ArrivalLocalDate,
    string? Curp,
    string PointCode,
    DateTimeOffset ArrivedAt);

/// <summary>One case of a person: where and when, and its referrals (for reading permissions).</summary>
public sealed record PersonCaseRow(string CaseId, string PointCode, DateTimeOffset ArrivedAt, IReadOnlyList<CaseReferralRow> Referrals)
{
    /// <summary>Every program the case was referred to, whenever.</summary>
    public IReadOnlyList<string> ProgramIds => Referrals.Select(r => r.ProgramId).ToList();

    /// <summary>The programs whose referral still lets their providers read the case (Permissions.ProviderAccessLasts).</summary>
    public IReadOnlyList<string> ProgramIdsWithAccess(DateTimeOffset now, TimeSpan afterClose) =>
        Referrals.Where(r => Permissions.ProviderAccessLasts(r.ClosedAt, now, afterClose)).Select(r => r.ProgramId).ToList();
}

/// <summary>A referral of a person's case: its program, and when it closed (null while pending or accepted).</summary>
public sealed record CaseReferralRow(string ProgramId, DateTimeOffset? ClosedAt);
