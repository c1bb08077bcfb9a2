namespace Reception.Contracts.Shared;

/// <summary>
/// The stable codes of every refusal. Each is the key of a worded message (Spanish and English) in the API's
/// resource files (<c>api/Problems/Messages*.resx</c>), whose placeholders are the refusal's parameters.
/// </summary>
public static class ProblemCodes
{
    // Fields.
    public const string Required = "required";
    public const string TooLong = "tooLong";
    public const string OutOfRange = "outOfRange";
    public const string TooSmall = "tooSmall";
    public const string TooMany = "tooMany";
    public const string ItemLength = "itemLength";
    public const string NotOneOf = "notOneOf";
    public const string WrongType = "wrongType";
    public const string NameCharacters = "nameCharacters";
    public const string DateInFuture = "dateInFuture";
    public const string DateTooOld = "dateTooOld";
    public const string CurpLength = "curpLength";
    public const string CurpFormat = "curpFormat";
    public const string CurpCheckDigit = "curpCheckDigit";
    public const string NotCaseId = "notCaseId";
    public const string AccompaniesSelf = "accompaniesSelf";
    public const string NoticeOfOtherPoint = "noticeOfOtherPoint";
    public const string NotAState = "notAState";
    public const string ExpectedTooEarly = "expectedTooEarly";
    public const string ExpectedTooLate = "expectedTooLate";
    public const string MinorsOverHeadcount = "minorsOverHeadcount";
    public const string ProgramNotServingPoint = "programNotServingPoint";
    public const string ProgramNotServingPointOrState = "programNotServingPointOrState";
    public const string ProfileKeyMismatch = "profileKeyMismatch";
    public const string NotPointCode = "notPointCode";
    public const string NotProgramId = "notProgramId";
    public const string UnknownTimeZone = "unknownTimeZone";
    public const string ProgramServesNothing = "programServesNothing";
    public const string IdempotencyKeyInvalid = "idempotencyKeyInvalid";
    public const string RangeReversed = "rangeReversed";
    public const string RangeTooLong = "rangeTooLong";
    public const string AgeRequired = "ageRequired";
    public const string FamilyGroupIdFormat = "familyGroupIdFormat";
    public const string CompanionNotFound = "companionNotFound";
    public const string CompanionAtOtherPoint = "companionAtOtherPoint";
    public const string CompanionNotAdult = "companionNotAdult";
    public const string CompanionNotPresent = "companionNotPresent";
    public const string RelationshipRequired = "relationshipRequired";
    public const string RelativeMustBeFamily = "relativeMustBeFamily";
    public const string CustodyTimeBeforeArrival = "custodyTimeBeforeArrival";
    public const string NameHasDigit = "nameHasDigit";
    public const string NamesOfUnidentified = "namesOfUnidentified";
    public const string CurpDateOfBirthDisagrees = "curpDateOfBirthDisagrees";
    public const string CurpSexDisagrees = "curpSexDisagrees";
    public const string CurpStateDisagrees = "curpStateDisagrees";
    public const string CurpDateInvalid = "curpDateInvalid";
    public const string NotPersonId = "notPersonId";
    public const string NothingToCorrect = "nothingToCorrect";
    public const string CursorInvalid = "cursorInvalid";
    public const string DeskFormat = "deskFormat";
    public const string PasswordTooShort = "passwordTooShort";
    public const string PasswordIsUserName = "passwordIsUserName";
    public const string PasswordTooCommon = "passwordTooCommon";
    public const string UserNameCharacters = "userNameCharacters";
    public const string ManagerNeedsPoint = "managerNeedsPoint";
    public const string ProviderNeedsProgram = "providerNeedsProgram";
    public const string ScopesNotForRole = "scopesNotForRole";
    public const string DuplicateInFile = "duplicateInFile";

    // Whole requests.
    public const string Validation = "validation";
    public const string MalformedBody = "malformedBody";
    public const string BodyTooLarge = "bodyTooLarge";
    public const string Unauthenticated = "unauthenticated";
    public const string RouteNotFound = "routeNotFound";
    public const string MethodNotAllowed = "methodNotAllowed";
    public const string UnsupportedMediaType = "unsupportedMediaType";
    public const string TooManyRequests = "tooManyRequests";
    public const string TooManyCommands = "tooManyCommands";
    public const string PathInvalid = "pathInvalid";
    public const string BadCredentials = "badCredentials";
    public const string Forbidden = "forbidden";
    public const string ServerError = "serverError";
    public const string ClusterUnavailable = "clusterUnavailable";
    public const string StorageUnavailable = "storageUnavailable";
    public const string AccountLockedOut = "accountLockedOut";
    public const string AccountDisabled = "accountDisabled";
    public const string SignInAgain = "signInAgain";

    // Not found.
    public const string CaseNotFound = "caseNotFound";
    public const string PointNotFound = "pointNotFound";
    public const string ProgramNotFound = "programNotFound";
    public const string ReferralNotFound = "referralNotFound";
    public const string NotReferralId = "notReferralId";
    public const string PersonNotFound = "personNotFound";
    public const string AccountNotFound = "accountNotFound";
    public const string ConstanciaNotGenuine = "constanciaNotGenuine";

    // Conflicts.
    public const string CaseRegisteredDifferently = "caseRegisteredDifferently";
    public const string CaseClosed = "caseClosed";
    public const string NotWaitingForDesk = "notWaitingForDesk";
    public const string IdempotencyKeyReused = "idempotencyKeyReused";
    public const string ActiveReferralExists = "activeReferralExists";
    public const string ReferralNotInState = "referralNotInState";
    public const string ReferralOfOtherProgram = "referralOfOtherProgram";
    public const string CustodyNotRequired = "custodyNotRequired";
    public const string CustodyStepOutOfOrder = "custodyStepOutOfOrder";
    public const string CustodyHandoverMissing = "custodyHandoverMissing";
    public const string CustodyClosesTheCase = "custodyClosesTheCase";
    public const string NoChildProtectionReferral = "noChildProtectionReferral";
    public const string NothingToSeparate = "nothingToSeparate";
    public const string AccountExists = "accountExists";
    public const string PointExists = "pointExists";
    public const string ProgramExists = "programExists";
    public const string PointInactive = "pointInactive";
    public const string ProgramInactive = "programInactive";
    public const string ConsentRequired = "consentRequired";
    public const string CaseStillOpen = "caseStillOpen";
    public const string CaseAnonymised = "caseAnonymised";
    public const string RetentionDisabled = "retentionDisabled";

    // Permissions (see Permissions).
    public const string NotManagerOfPoint = "notManagerOfPoint";
    public const string NotProviderOfProgram = "notProviderOfProgram";
    public const string RoleMayNot = "roleMayNot";
    public const string CaseNotVisible = "caseNotVisible";
    public const string PersonNotVisible = "personNotVisible";
    public const string AuditNotForProviders = "auditNotForProviders";
    public const string ProviderAccessEnded = "providerAccessEnded";
    public const string TokenWithoutUser = "tokenWithoutUser";
    public const string TokenWithoutRole = "tokenWithoutRole";
    public const string MetricsNotAllowed = "metricsNotAllowed";
}
