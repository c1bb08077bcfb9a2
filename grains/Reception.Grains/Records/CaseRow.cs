namespace Reception.Grains.Records;

/// <summary>
/// The columns of table <c>reception_case</c> that people search and count by (docs/record.md describes each).
/// Enum values are their API names; *LocalDate are calendar days at the point.
/// </summary>
public sealed record CaseRow(
    string CaseId,
    string? PersonId,
    string PointCode,
    DateTimeOffset ArrivedAt,
    DateOnly ArrivalLocalDate,
    string CertificateNumber,
    string? NoticeId,
    string GivenNames,
    string Surnames,
    string SearchName,
    string Sex,
    DateOnly? DateOfBirth,
    int? EstimatedAge,
    int? AgeAtArrival,
    string? AgeGroup,
    bool UnaccompaniedMinor,
    bool AccompaniedMinor,
    string? AccompanyingCaseId,
    IReadOnlyList<string> Vulnerabilities,
    string Priority,
    string? Curp,
    string? OriginState,
    string? OriginSource,
    string Stage,
    DateTimeOffset StageAt,
    DateTimeOffset? FirstAssessedAt,
    DateOnly? FirstAssessedLocalDate,
    DateTimeOffset? FirstServiceAt,
    DateOnly? FirstServiceLocalDate,
    string? DestinationState,
    string? DestinationMunicipality,
    string? ExitKind,
    DateTimeOffset? ExitAt,
    DateOnly? ExitLocalDate,
    string? ExitInstitution,
    IReadOnlyList<string> UnmetNeeds,
    DateTimeOffset UpdatedAt,
    string? EducationLevel = null,
    string? Occupation = null,
    int? YearsAbroad = null,
    string? EnglishLevel = null,
    IReadOnlyList<string>? DocumentsHeld = null,
    int? BirthYear = null,
    string PhoneticName = "",
    bool Unidentified = false,
    string? Description = null,
    // When the case was anonymised on request or by the retention policy (docs/record.md, "Rights and retention").
    DateTimeOffset? AnonymisedAt = null);

/// <summary>A row of <c>reception_referral</c>: a referral as its case last wrote it. *ProgramDate are days in the programs' reporting zone.</summary>
public sealed record ReferralRow(
    string ReferralId,
    string CaseId,
    string ProgramId,
    string PointCode,
    string Status,
    bool Automatic,
    DateTimeOffset CreatedAt,
    DateOnly CreatedLocalDate,
    DateOnly CreatedProgramDate,
    DateTimeOffset? AcceptedAt,
    DateOnly? AcceptedProgramDate,
    DateTimeOffset? ClosedAt,
    DateOnly? ClosedLocalDate,
    DateOnly? ClosedProgramDate);

/// <summary>A row of <c>reception_unmet_need</c>: a need no program could meet, on the day it was first recorded for the case (kept if already there).</summary>
public sealed record UnmetNeedRow(string CaseId, string Category, string PointCode, DateOnly LocalDate);

/// <summary>A row of <c>reception_access_log</c>: a read of personal data that is not of one case.</summary>
public sealed record AccessEntry(
    DateTimeOffset At,
    string Actor,
    string Role,
    string Action,
    string Subject,
    int Listed,
    IReadOnlyDictionary<string, string>? Facts = null);
