using Reception.Contracts.Returnees;

namespace Reception.Grains.People;

/// <summary>A subject with its names split and its CURP checked once, so that ranking many candidates does it once for the probe.</summary>
internal sealed record ComparableSubject(MatchSubject Subject, IReadOnlyList<NameToken> Given, IReadOnlyList<NameToken> Surnames, string? ValidCurp)
{
    public static ComparableSubject Of(MatchSubject subject) =>
        new(subject, NameParts.Given(subject.GivenNames), NameParts.Surnames(subject.Surnames), Valid(subject.Curp));

    private static string? Valid(string? curp)
    {
        if (string.IsNullOrWhiteSpace(curp))
        {
            return null;
        }
        var normalized = curp.Trim().ToUpperInvariant();
        return Curp.Problem(normalized) is null ? normalized : null;
    }
}
