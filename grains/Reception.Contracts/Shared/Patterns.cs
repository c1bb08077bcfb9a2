namespace Reception.Contracts.Shared;

/// <summary>
/// The text patterns the system accepts, in one place: the grains validate with them and the API's request
/// records publish them in the OpenAPI document (<c>[RegularExpression]</c>), where the dashboard reads them.
/// </summary>
public static class Patterns
{
    /// <summary>Names: letters (any script, with accents), spaces and ' - . /</summary>
    public const string Name = @"^[\p{L}\p{M} '\-./]+$";

    /// <summary>A point code: 2 to 8 capital letters or digits, starting with a letter.</summary>
    public const string PointCode = "^[A-Z][A-Z0-9]{1,7}$";

    /// <summary>A program id: lower-case kebab case.</summary>
    public const string ProgramId = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>A notice id: the point's code, "-N" and its sequence number.</summary>
    public const string NoticeId = @"^[A-Z][A-Z0-9]{1,7}-N\d{1,6}$";
}
