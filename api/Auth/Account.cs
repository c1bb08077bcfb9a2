using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>
/// An account the API issues tokens for. <see cref="Stamp"/> is the stored account's security stamp (null for
/// configured and demo accounts, which cannot be changed at run time).
/// </summary>
public sealed record Account(string UserName, ActorRole Role, IReadOnlyList<string> Points, IReadOnlyList<string> Programs, string? Stamp = null);
