using System.Text.RegularExpressions;
using Reception.Contracts.Shared;

namespace Reception.Contracts.Accounts;

/// <summary>
/// What an account of the built-in issuer must be, whoever writes it (the accounts grain, the silo's command): a
/// user name of <see cref="Patterns.UserName"/>, a role people sign in with, and the scopes that role acts for —
/// a point manager at least one point, a provider at least one program, the others none.
/// </summary>
public static partial class AccountRules
{
    public static FieldErrors UserName(this FieldErrors errors, string field, string? userName)
    {
        errors.Text(field, userName, Limits.UserNameLength, required: true);
        return errors.Has(field) ? errors : errors.AddIf(!UserNamePattern().IsMatch(userName!.Trim()), field, ProblemCodes.UserNameCharacters);
    }

    public static FieldErrors Scopes(this FieldErrors errors, ActorRole role, IReadOnlyList<string> points, IReadOnlyList<string> programs)
    {
        errors.AddIf(role is not (ActorRole.Coordinator or ActorRole.PointManager or ActorRole.Provider or ActorRole.Administrator),
            "role", ProblemCodes.NotOneOf, ("value", role), ("accepted", "coordinator, pointManager, provider, administrator"));
        errors.Count("points", points, Limits.MaxAccountScopes).Count("programs", programs, Limits.MaxAccountScopes);
        errors.AddIf(role == ActorRole.PointManager && points.Count == 0, "points", ProblemCodes.ManagerNeedsPoint);
        errors.AddIf(role == ActorRole.Provider && programs.Count == 0, "programs", ProblemCodes.ProviderNeedsProgram);
        errors.AddIf(role != ActorRole.PointManager && points.Count > 0, "points", ProblemCodes.ScopesNotForRole, ("role", role));
        return errors.AddIf(role != ActorRole.Provider && programs.Count > 0, "programs", ProblemCodes.ScopesNotForRole, ("role", role));
    }

    /// <summary>Point codes as tokens carry them (upper case), each once.</summary>
    public static IReadOnlyList<string> PointCodes(IEnumerable<string>? points) =>
        (points ?? []).Select(p => p.Trim().ToUpperInvariant()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<string> ProgramIds(IEnumerable<string>? programs) =>
        (programs ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>A new security stamp: tokens carry it, and a change of it refuses the tokens issued before.</summary>
    public static string NewStamp() => Guid.NewGuid().ToString("N");

    [GeneratedRegex(Patterns.UserName)]
    private static partial Regex UserNamePattern();
}
