using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>
/// The claims Reception reads from a token, whoever issued it: the role in <c>role</c> (or <c>roles</c>) as
/// <c>coordinator</c>, <c>pointManager</c>, <c>provider</c> or <c>administrator</c>; point codes in <c>points</c>; program ids in
/// <c>programs</c> (each a JSON array or a space-separated string); the user in <c>preferred_username</c>,
/// <c>name</c> or <c>sub</c>.
/// </summary>
public static class ReceptionClaims
{
    public const string Role = "role";
    public const string Roles = "roles";
    public const string Points = "points";
    public const string Programs = "programs";
    public const string Subject = "sub";
    public const string PreferredUserName = "preferred_username";
    public const string Name = "name";
    public const string Expires = "exp";

    /// <summary>The stored account's security stamp in the built-in issuer's tokens (see <see cref="AccountStatusCache"/>).</summary>
    public const string Stamp = "reception_stamp";

    public const string Issuer = "reception";
    public const string Audience = "reception-api";

    /// <summary>The role as tokens and the API write it (<c>pointManager</c>), the same name as the JSON enum.</summary>
    public static string RoleName(ActorRole role) => AcceptedValues.NameOf(role);

    public static ActorRole? ParseRole(string? value) => value?.Trim() switch
    {
        "coordinator" => ActorRole.Coordinator,
        "pointManager" or "point-manager" or "manager" => ActorRole.PointManager,
        "provider" => ActorRole.Provider,
        "administrator" or "admin" => ActorRole.Administrator,
        _ => null,
    };
}
