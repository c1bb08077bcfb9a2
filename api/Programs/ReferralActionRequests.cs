using System.ComponentModel.DataAnnotations;
using Reception.Contracts.Shared;

namespace Reception.Api.Programs;

/// <summary><c>POST …/decline</c>.</summary>
public sealed record DeclineRequest([property: Required, StringLength(Limits.NoteLength)] string? Reason);

/// <summary><c>POST …/complete</c>.</summary>
public sealed record CompleteRequest([property: Required, StringLength(Limits.NoteLength)] string? Outcome);
