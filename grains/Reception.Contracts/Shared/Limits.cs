namespace Reception.Contracts.Shared;

/// <summary>
/// Every size and range limit of the system, in one place. The grains validate with these, the API's request
/// records publish them in the OpenAPI document (<c>[StringLength]</c>, <c>[Range]</c>), and the dashboard's
/// forms read them from that document. Changing a limit is one edit here.
/// </summary>
public static class Limits
{
    /// <summary>Given names, surnames (after trimming).</summary>
    public const int NameLength = 100;

    /// <summary>Occupation, municipality, a skill, a notice reference, a point's name, city and state.</summary>
    public const int ShortTextLength = 100;

    /// <summary>A referral note, a decline reason, an outcome, immediate needs, a transfer note.</summary>
    public const int NoteLength = 500;

    /// <summary>The institution a person is transferred to.</summary>
    public const int InstitutionLength = 200;

    /// <summary>A program's name and its provider institution.</summary>
    public const int ProgramNameLength = 150;

    /// <summary>An IANA time zone id (<c>America/Tijuana</c>).</summary>
    public const int TimeZoneLength = 64;

    /// <summary>The most catalog events one read of the catalog's event log returns (newest first).</summary>
    public const int MaxCatalogEvents = 500;

    /// <summary>A program id (lower-case kebab case).</summary>
    public const int ProgramIdLength = 60;

    /// <summary>A notice id (<c>POINT-N123</c>: a point code of up to 8, "-N" and up to 6 digits).</summary>
    public const int NoticeIdLength = 16;

    /// <summary>A case id (10 Crockford base-32 characters).</summary>
    public const int CaseIdLength = 10;

    /// <summary>A CURP has exactly this many characters.</summary>
    public const int CurpLength = 18;

    /// <summary>A password given to the API's own token endpoint.</summary>
    public const int PasswordLength = 200;

    /// <summary>The shortest password an account of the built-in issuer may have (<see cref="PasswordPolicy"/>).</summary>
    public const int MinPasswordLength = 12;

    /// <summary>Failed sign-ins of one account within <see cref="LockoutWindowMinutes"/> that lock it for <see cref="LockoutMinutes"/>.</summary>
    public const int LockoutFailures = 5;

    public const int LockoutWindowMinutes = 15;

    public const int LockoutMinutes = 15;

    /// <summary>
    /// Failed sign-ins a minute from one client address before it is refused: an abuse limit only, high enough for a
    /// point's desks behind one shared address (successful sign-ins are never counted).
    /// </summary>
    public const int SignInFailuresPerAddressPerMinute = 100;

    /// <summary>A user name of the built-in issuer: letters, digits, '.', '_', '-' and '@'.</summary>
    public const int UserNameLength = 64;

    /// <summary>Points or programs one account may hold.</summary>
    public const int MaxAccountScopes = 50;

    /// <summary>An <c>Idempotency-Key</c> header.</summary>
    public const int IdempotencyKeyLength = 100;

    public const int MaxAge = 120;

    /// <summary>Hours from an unaccompanied child's arrival to reunification, unless the program sets its own.</summary>
    public const int DefaultReunificationTargetHours = 72;

    /// <summary>The range of a program's reunification target.</summary>
    public const int MaxReunificationTargetHours = 24 * 30;

    /// <summary>A family group id chosen by the client.</summary>
    public const int FamilyGroupIdLength = 40;

    /// <summary>A name in a custody step (giver, receiver, relative), a document or identity document number.</summary>
    public const int CustodyTextLength = 200;

    public const int MaxYearsAbroad = 100;

    public const int MaxSkills = 30;

    /// <summary>Shelter beds, intake desks, usual daily arrivals, a program's daily capacity.</summary>
    public const int MaxCapacity = 100_000;

    /// <summary>People announced by one notice (a bus or a flight).</summary>
    public const int MaxHeadcount = 1_000;

    /// <summary>How far back and ahead a notice's expected time may be.</summary>
    public const int NoticeDaysBack = 1;

    public const int NoticeDaysAhead = 30;

    /// <summary>Request bodies under <c>/api</c>.</summary>
    public const int RequestBodyBytes = 64 * 1024;

    /// <summary>Events per page of a case's audit trail, when the request does not say.</summary>
    public const int AuditPageSize = 50;

    /// <summary>The most events one page of a case's audit trail may ask for.</summary>
    public const int MaxAuditPageSize = 500;

    /// <summary>Cases per page of a search, when the request does not say; and the most it may ask for.</summary>
    public const int SearchPageSize = 25;

    public const int MaxSearchPageSize = 100;

    /// <summary>A search's free text (names, a case id or a certificate number).</summary>
    public const int SearchTextLength = 100;

    /// <summary>The most candidates of earlier returns shown for an arrival (one per person).</summary>
    public const int MaxPersonMatches = 10;

    /// <summary>A minor or a vulnerable person returned again within this many days is flagged on the new case.</summary>
    public const int RecentReturnDays = 30;

    /// <summary>The short description of a person registered without a known identity.</summary>
    public const int DescriptionLength = 200;

    /// <summary>The most days one request for a point's or a program's daily figures may cover (a year, leap day included).</summary>
    public const int MaxHistoryDays = 366;

    /// <summary>The most cases one retention run anonymises (and its report lists); the next run continues.</summary>
    public const int RetentionBatchSize = 500;

    /// <summary>The verification code printed with a constancia's folio (Crockford base 32 characters).</summary>
    public const int ConstanciaCodeLength = 12;
}
