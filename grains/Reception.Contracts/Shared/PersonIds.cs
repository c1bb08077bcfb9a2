using System.Text.RegularExpressions;

namespace Reception.Contracts.Shared;

/// <summary>
/// Person ids: "P" and 10 Crockford base-32 characters. A case starts as a person of its own, "P" + its case id
/// (the same rule fills older rows, db scripts 008); a case unlinked from a person gets a new random one.
/// </summary>
public static partial class PersonIds
{
    public static string OfFirstCase(string caseId) => "P" + caseId;

    public static string New() => "P" + CaseIds.New();

    [GeneratedRegex(Patterns.PersonId)]
    private static partial Regex Format();

    public static bool IsValid(string? personId) => personId is not null && Format().IsMatch(personId);
}
