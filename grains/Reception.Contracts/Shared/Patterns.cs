namespace Reception.Contracts.Shared;

/// <summary>
/// The text patterns the system accepts, in one place: the grains validate with them and the API's request
/// records publish them in the OpenAPI document (<c>[RegularExpression]</c>), where the dashboard reads them.
/// </summary>
public static class Patterns
{
    /// <summary>Names: letters (any script, with accents), spaces and ' ’ - . /</summary>
    public const string Name = @"^[\p{L}\p{M} '’\-./]+$";

    /// <summary>A point code: 2 to 8 capital letters or digits, starting with a letter.</summary>
    public const string PointCode = "^[A-Z][A-Z0-9]{1,7}$";

    /// <summary>A program id: lower-case kebab case.</summary>
    public const string ProgramId = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>A CURP's official format (RENAPO): 4 letters, birth date YYMMDD, sex H/M/X, state code, 3 consonants, 2 check characters.</summary>
    public const string Curp = @"^[A-Z][AEIOUX][A-Z]{2}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[HMX](AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d$";

    /// <summary>A case id: 10 characters of Crockford base 32 (see <see cref="CaseIds"/>).</summary>
    public const string CaseId = "^[0-9A-HJKMNP-TV-Z]{10}$";

    /// <summary>An intake desk (módulo) of a point: 1 to 20 letters, digits or hyphens.</summary>
    public const string Desk = "^[A-Za-z0-9][A-Za-z0-9-]{0,19}$";

    /// <summary>A person id: "P" and 10 characters of Crockford base 32 (see <see cref="PersonIds"/>).</summary>
    public const string PersonId = "^P[0-9A-HJKMNP-TV-Z]{10}$";

    /// <summary>A notice id: the point's code, "-N" and its sequence number.</summary>
    public const string FamilyGroupId = "^[A-Za-z0-9][A-Za-z0-9-]{0,39}$";

    public const string NoticeId = @"^[A-Z][A-Z0-9]{1,7}-N\d{1,6}$";

    /// <summary>A user name of the built-in issuer: letters, digits and . _ - @, starting with a letter or digit.</summary>
    public const string UserName = @"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$";
}
