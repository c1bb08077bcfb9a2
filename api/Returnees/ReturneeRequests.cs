using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;

namespace Reception.Api.Returnees;

/// <summary><c>POST /api/points/{code}/arrivals</c>.</summary>
public sealed record ArrivalRequest(
    string? GivenNames,
    string? Surnames,
    Sex? Sex,
    DateOnly? DateOfBirth,
    int? EstimatedAge,
    string? Curp,
    string? AccompanyingCaseId,
    IReadOnlyList<Vulnerability>? Vulnerabilities,
    string? NoticeId,
    TransportMode? Transport);

/// <summary><c>PUT /api/returnees/{caseId}/assessment</c>.</summary>
public sealed record AssessmentRequest(
    EducationLevel? EducationLevel,
    string? Occupation,
    IReadOnlyList<string>? Skills,
    int? YearsAbroad,
    EnglishLevel? EnglishLevel,
    IReadOnlyList<DocumentType>? DocumentsHeld,
    string? DestinationState,
    string? DestinationMunicipality,
    IReadOnlyList<ProgramCategory>? Needs,
    bool? ConsentToShare,
    bool? FamilyInMexico,
    string? ImmediateNeeds);

/// <summary><c>POST /api/returnees/{caseId}/referrals</c>.</summary>
public sealed record ReferralRequest(string? ProgramId, string? Note);

/// <summary><c>POST /api/returnees/{caseId}/departure</c>.</summary>
public sealed record DepartureRequest(string? DestinationState, string? DestinationMunicipality, TransportMode? Transport);

/// <summary><c>POST /api/returnees/{caseId}/transfer</c>: handed over to an institution (e.g. DIF custody).</summary>
public sealed record TransferRequest(string? Institution, string? Note);
