using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>An account the API issues tokens for.</summary>
public sealed record Account(string UserName, ActorRole Role, IReadOnlyList<string> Points, IReadOnlyList<string> Programs);
