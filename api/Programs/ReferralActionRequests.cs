namespace Reception.Api.Programs;

/// <summary><c>POST …/decline</c>.</summary>
public sealed record DeclineRequest(string? Reason);

/// <summary><c>POST …/complete</c>.</summary>
public sealed record CompleteRequest(string? Outcome);
