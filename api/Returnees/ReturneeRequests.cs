using System.ComponentModel.DataAnnotations;
using Reception.Api.OpenApi;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Contracts.Shared;

namespace Reception.Api.Returnees;

// The attributes publish the limits in the OpenAPI document (and so to the dashboard); the grains enforce them
// with the same constants. Lists of codes have no count limit: the grains keep each code once.

/// <summary><c>POST /api/points/{code}/arrivals</c>.</summary>
public sealed record ArrivalRequest(
    // Required unless the person is registered as unidentified (then left out).
    [property: StringLength(Limits.NameLength), RegularExpression(Patterns.Name)] string? GivenNames,
    [property: StringLength(Limits.NameLength), RegularExpression(Patterns.Name)] string? Surnames,
    [property: Required] Sex? Sex,
    DateOnly? DateOfBirth = null,
    [property: Range(0, Limits.MaxAge)] int? EstimatedAge = null,
    [property: StringLength(Limits.CurpLength, MinimumLength = Limits.CurpLength), RegularExpression(Patterns.Curp)] string? Curp = null,
    [property: StringLength(Limits.CaseIdLength, MinimumLength = Limits.CaseIdLength), RegularExpression(Patterns.CaseId)] string? AccompanyingCaseId = null,
    IReadOnlyList<Vulnerability>? Vulnerabilities = null,
    [property: StringLength(Limits.NoticeIdLength), RegularExpression(Patterns.NoticeId)] string? NoticeId = null,
    TransportMode? Transport = null,
    // One of the 32 states; the record prefers the CURP's state of birth when there is one.
    string? OriginState = null,
    // Required with accompanyingCaseId: who the accompanying adult is to the person.
    Relationship? Relationship = null,
    // People arriving together share it; left out, a companion's group is inherited.
    [property: StringLength(Limits.FamilyGroupIdLength), RegularExpression(Patterns.FamilyGroupId)] string? FamilyGroupId = null,
    // The person of an earlier return the desk confirmed ("same person" on a candidate).
    [property: RegularExpression(Patterns.PersonId)] string? PersonId = null,
    // The people of candidates the desk ruled out ("not this person"); recorded in the case's events.
    IReadOnlyList<string>? RejectedPersonIds = null,
    // A person who cannot or will not give a name: no names, and a short description instead.
    bool? Unidentified = null,
    [property: StringLength(Limits.DescriptionLength)] string? Description = null,
    // Whether the desk gave the person the privacy notice; recorded either way (left out: not given).
    bool? PrivacyNoticeGiven = null);

/// <summary><c>PUT /api/returnees/{caseId}/person</c>: links the case to a person of earlier returns.</summary>
public sealed record PersonLinkRequest(
    [property: Required, RegularExpression(Patterns.PersonId)] string? PersonId);

/// <summary><c>PATCH /api/returnees/{caseId}/registration</c>: corrects the fields given; the reason is required.</summary>
public sealed record RegistrationCorrectionRequest(
    [property: Required, StringLength(Limits.NoteLength)] string? Reason,
    [property: StringLength(Limits.NameLength), RegularExpression(Patterns.Name)] string? GivenNames = null,
    [property: StringLength(Limits.NameLength), RegularExpression(Patterns.Name)] string? Surnames = null,
    DateOnly? DateOfBirth = null,
    [property: Range(0, Limits.MaxAge)] int? EstimatedAge = null,
    Sex? Sex = null,
    [property: StringLength(Limits.CurpLength, MinimumLength = Limits.CurpLength), RegularExpression(Patterns.Curp)] string? Curp = null,
    string? OriginState = null);

/// <summary><c>PUT /api/returnees/{caseId}/assessment</c>.</summary>
public sealed record AssessmentRequest(
    [property: Required] EducationLevel? EducationLevel,
    [property: Required, Range(0, Limits.MaxYearsAbroad)] int? YearsAbroad,
    [property: Required] EnglishLevel? EnglishLevel,
    [property: Required] string? DestinationState,
    [property: Required] bool? ConsentToShare,
    [property: StringLength(Limits.ShortTextLength)] string? Occupation = null,
    [property: MaxLength(Limits.MaxSkills), ItemLength(Limits.ShortTextLength)] IReadOnlyList<string>? Skills = null,
    IReadOnlyList<DocumentType>? DocumentsHeld = null,
    [property: StringLength(Limits.ShortTextLength)] string? DestinationMunicipality = null,
    IReadOnlyList<ProgramCategory>? Needs = null,
    bool? FamilyInMexico = null,
    [property: StringLength(Limits.NoteLength)] string? ImmediateNeeds = null);

/// <summary><c>POST /api/returnees/{caseId}/referrals</c>.</summary>
public sealed record ReferralRequest(
    [property: Required] string? ProgramId,
    [property: StringLength(Limits.NoteLength)] string? Note = null,
    // Outside the mandatory categories and without consent to share the assessment: why the referral is made anyway.
    ConsentOverrideRequest? ConsentOverride = null);

/// <summary>The reason for referring without the person's consent; recorded in the case's events.</summary>
public sealed record ConsentOverrideRequest(
    [property: Required, StringLength(Limits.NoteLength)] string? Reason);

/// <summary><c>PUT /api/returnees/{caseId}/consent/{purpose}</c>: gives or withdraws the person's consent for one purpose.</summary>
public sealed record ConsentRequest(
    [property: Required] bool? Given,
    [property: StringLength(Limits.NoteLength)] string? Note = null);

/// <summary><c>POST /api/returnees/{caseId}/departure</c>.</summary>
public sealed record DepartureRequest(
    [property: Required] string? DestinationState,
    [property: StringLength(Limits.ShortTextLength)] string? DestinationMunicipality = null,
    TransportMode? Transport = null);

/// <summary><c>POST /api/returnees/{caseId}/transfer</c>: handed over to an institution (e.g. DIF custody).</summary>
public sealed record TransferRequest(
    [property: Required, StringLength(Limits.InstitutionLength)] string? Institution,
    [property: StringLength(Limits.NoteLength)] string? Note = null);

/// <summary><c>POST /api/returnees/{caseId}/custody</c>: a step of an unaccompanied child's chain of custody.</summary>
public sealed record CustodyStepRequest(
    [property: Required] CustodyStepKind? Step,
    DateTimeOffset? At = null,
    [property: StringLength(Limits.CustodyTextLength)] string? FromName = null,
    [property: StringLength(Limits.InstitutionLength)] string? FromInstitution = null,
    [property: StringLength(Limits.CustodyTextLength)] string? ToName = null,
    [property: StringLength(Limits.InstitutionLength)] string? ToInstitution = null,
    [property: StringLength(Limits.CustodyTextLength)] string? Document = null,
    [property: StringLength(Limits.NoteLength)] string? Note = null,
    [property: StringLength(Limits.CustodyTextLength)] string? RelativeName = null,
    Relationship? Relationship = null,
    [property: StringLength(Limits.CustodyTextLength)] string? IdentityDocument = null);

/// <summary><c>POST /api/returnees/{caseId}/separation</c>: the accompanying adult is separated from the person (e.g. still detained).</summary>
public sealed record SeparationRequest(
    [property: Required, StringLength(Limits.NoteLength)] string? Reason);
