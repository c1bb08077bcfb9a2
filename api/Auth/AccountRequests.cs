using System.ComponentModel.DataAnnotations;
using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>A new account of the built-in issuer (<c>POST /api/admin/accounts</c>).</summary>
public sealed record CreateAccountRequest(
    [property: Required, StringLength(Limits.UserNameLength), RegularExpression(Patterns.UserName)] string? Username,
    [property: Required, StringLength(Limits.PasswordLength, MinimumLength = Limits.MinPasswordLength)] string? Password,
    [property: Required] ActorRole? Role,
    [property: MaxLength(Limits.MaxAccountScopes)] IReadOnlyList<string>? Points = null,
    [property: MaxLength(Limits.MaxAccountScopes)] IReadOnlyList<string>? Programs = null);

/// <summary>A change to an account (<c>PUT /api/admin/accounts/{username}</c>): every field left out stays as it is.</summary>
public sealed record UpdateAccountRequest(
    ActorRole? Role = null,
    [property: MaxLength(Limits.MaxAccountScopes)] IReadOnlyList<string>? Points = null,
    [property: MaxLength(Limits.MaxAccountScopes)] IReadOnlyList<string>? Programs = null,
    bool? Disabled = null,
    [property: StringLength(Limits.PasswordLength, MinimumLength = Limits.MinPasswordLength)] string? Password = null);
