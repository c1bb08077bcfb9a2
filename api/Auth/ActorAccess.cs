using System.Security.Claims;
using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>
/// Turns the authenticated user into the <see cref="Actor"/> that grains authorise with, and holds the
/// route-level rules of who may do what. Refusals throw <see cref="ReceptionException"/> (403), answered
/// in one place.
/// </summary>
public static class ActorAccess
{
    public static Actor Actor(this HttpContext context) => FromPrincipal(context.User);

    public static Actor FromPrincipal(ClaimsPrincipal user)
    {
        var name = user.FindFirst(ReceptionClaims.PreferredUserName)?.Value
            ?? user.FindFirst(ReceptionClaims.Name)?.Value
            ?? user.FindFirst(ReceptionClaims.Subject)?.Value
            ?? throw ReceptionException.Forbidden("The token names no user (sub).");
        var role = user.FindAll(ReceptionClaims.Role).Concat(user.FindAll(ReceptionClaims.Roles))
            .Select(claim => ReceptionClaims.ParseRole(claim.Value))
            .FirstOrDefault(parsed => parsed is not null)
            ?? throw ReceptionException.Forbidden($"User '{name}' has no Reception role (coordinator, pointManager or provider).");
        return role switch
        {
            ActorRole.Coordinator => Contracts.Shared.Actor.Coordinator(name),
            ActorRole.PointManager => Contracts.Shared.Actor.Manager(name, Values(user, ReceptionClaims.Points).Select(c => c.ToUpperInvariant()).ToArray()),
            _ => Contracts.Shared.Actor.Provider(name, Values(user, ReceptionClaims.Programs).ToArray()),
        };
    }

    /// <summary>Point managers of <paramref name="pointCode"/> only: arrivals, capacity, notices, case changes.</summary>
    public static void RequireManagerOf(this Actor actor, string pointCode)
    {
        if (actor.Role != ActorRole.PointManager)
            throw ReceptionException.Forbidden($"Only a manager of point {pointCode} may do this; you are a {ReceptionClaims.RoleName(actor.Role)}.");
        if (!actor.ManagesPoint(pointCode))
            throw ReceptionException.Forbidden($"You manage {string.Join(", ", actor.PointCodes)}, not {pointCode}.");
    }

    /// <summary>Coordinators, and managers of <paramref name="pointCode"/>: the point's queue and feed.</summary>
    public static void RequireReaderOfPoint(this Actor actor, string pointCode)
    {
        if (actor.Role == ActorRole.Coordinator || actor.ManagesPoint(pointCode)) return;
        throw ReceptionException.Forbidden(actor.Role == ActorRole.PointManager
            ? $"You manage {string.Join(", ", actor.PointCodes)}, not {pointCode}."
            : $"A {ReceptionClaims.RoleName(actor.Role)} may not read point {pointCode}.");
    }

    /// <summary>Providers of <paramref name="programId"/> only: accept, decline, complete.</summary>
    public static void RequireProviderOf(this Actor actor, string programId)
    {
        if (actor.WorksForProgram(programId)) return;
        throw ReceptionException.Forbidden(actor.Role == ActorRole.Provider
            ? $"You work for {string.Join(", ", actor.ProgramIds)}, not {programId}."
            : $"Only the provider of {programId} may do this; you are a {ReceptionClaims.RoleName(actor.Role)}.");
    }

    /// <summary>Coordinators, and providers of <paramref name="programId"/>: the program's queue and feed.</summary>
    public static void RequireReaderOfProgram(this Actor actor, string programId)
    {
        if (actor.Role == ActorRole.Coordinator || actor.WorksForProgram(programId)) return;
        throw ReceptionException.Forbidden(actor.Role == ActorRole.Provider
            ? $"You work for {string.Join(", ", actor.ProgramIds)}, not {programId}."
            : $"A {ReceptionClaims.RoleName(actor.Role)} may not watch program {programId}'s feed.");
    }

    public static void RequireCoordinator(this Actor actor, string what)
    {
        if (actor.Role != ActorRole.Coordinator)
            throw ReceptionException.Forbidden($"Only coordinators may read {what}.");
    }

    private static IEnumerable<string> Values(ClaimsPrincipal user, string type) =>
        user.FindAll(type)
            .SelectMany(claim => claim.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal);
}
