using System.Security.Claims;
using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>
/// Turns the authenticated user into the <see cref="Actor"/> that the API, the hub and the grains authorise with
/// (the rules are <see cref="Permissions"/>). A token without a user or a role is refused (403).
/// </summary>
public static class ActorAccess
{
    public static Actor Actor(this HttpContext context) => FromPrincipal(context.User);

    public static Actor FromPrincipal(ClaimsPrincipal user)
    {
        var name = UserName(user) ?? throw ReceptionException.Forbidden(ProblemCodes.TokenWithoutUser);
        var role = user.FindAll(ReceptionClaims.Role).Concat(user.FindAll(ReceptionClaims.Roles))
            .Select(claim => ReceptionClaims.ParseRole(claim.Value))
            .FirstOrDefault(parsed => parsed is not null)
            ?? throw ReceptionException.Forbidden(ProblemCodes.TokenWithoutRole, ("user", name));
        return role switch
        {
            ActorRole.Coordinator => Contracts.Shared.Actor.Coordinator(name),
            ActorRole.PointManager => Contracts.Shared.Actor.Manager(name, Values(user, ReceptionClaims.Points).Select(c => c.ToUpperInvariant()).ToArray()),
            ActorRole.Administrator => Contracts.Shared.Actor.Administrator(name),
            _ => Contracts.Shared.Actor.Provider(name, Values(user, ReceptionClaims.Programs).ToArray()),
        };
    }

    /// <summary>The user a token names: <c>preferred_username</c>, else <c>name</c>, else <c>sub</c>; null for none.</summary>
    public static string? UserName(ClaimsPrincipal user) =>
        user.FindFirst(ReceptionClaims.PreferredUserName)?.Value
        ?? user.FindFirst(ReceptionClaims.Name)?.Value
        ?? user.FindFirst(ReceptionClaims.Subject)?.Value;

    private static IEnumerable<string> Values(ClaimsPrincipal user, string type) =>
        user.FindAll(type)
            .SelectMany(claim => claim.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal);
}
