using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary><c>GET /api/auth/me</c>: who the token says the caller is, and the points or programs they act for.</summary>
public sealed record WhoAmI(string UserName, ActorRole Role, IReadOnlyList<string> Points, IReadOnlyList<string> Programs)
{
    public static WhoAmI Of(Actor actor) => new(actor.UserName, actor.Role, actor.PointCodes, actor.ProgramIds);
}
