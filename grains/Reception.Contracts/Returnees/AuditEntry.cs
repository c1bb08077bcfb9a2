using Reception.Contracts.Shared;

namespace Reception.Contracts.Returnees;

/// <summary>One event of a case's trail: a command, or a read of its personal data. <see cref="Sequence"/> numbers a case's events from 1.</summary>
[GenerateSerializer, Immutable, Alias("reception.audit-entry")]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string UserName,
    [property: Id(2)] ActorRole Role,
    [property: Id(3)] string Action,
    [property: Id(4)] string? Detail,
    // What Detail says, as named values (codes, ids, names), so a client can word it in its own language.
    [property: Id(5)] IReadOnlyDictionary<string, string>? Facts = null,
    [property: Id(6)] long Sequence = 0);
