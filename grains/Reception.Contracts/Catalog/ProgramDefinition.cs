using System.ComponentModel.DataAnnotations;
using Reception.Contracts.Programs;
using Reception.Contracts.Shared;

namespace Reception.Contracts.Catalog;

/// <summary>
/// A program as an administrator defines it (<c>POST /api/admin/programs</c>, <c>PUT /api/admin/programs/{id}</c>, an entry
/// of a catalog file): the fields <c>GET /api/programs</c> returns. <see cref="Active"/> left out keeps the program's
/// current state (active when new).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.program-definition")]
public sealed record ProgramDefinition(
    [property: Id(0), Required, StringLength(Limits.ProgramIdLength), RegularExpression(Patterns.ProgramId)] string? Id,
    [property: Id(1), Required, StringLength(Limits.ProgramNameLength)] string? Name,
    [property: Id(2), Required] ProgramCategory? Category,
    [property: Id(3), Required, StringLength(Limits.ProgramNameLength)] string? Provider,
    [property: Id(4)] IReadOnlyList<string>? Points,
    [property: Id(5)] IReadOnlyList<string>? DestinationStates,
    [property: Id(6), Required, Range(0, Limits.MaxCapacity)] int? DailyCapacity,
    [property: Id(7), StringLength(Limits.NoteLength)] string? Description = null,
    [property: Id(8), Range(1, Limits.MaxReunificationTargetHours)] int? ReunificationTargetHours = null,
    [property: Id(9)] bool? Active = null)
{
    /// <summary>
    /// The profile this definition describes; what it leaves out of <paramref name="existing"/> (<c>active</c>, the
    /// description, the reunification target) keeps its value. Not validated.
    /// </summary>
    public ProgramProfile ToProfile(ProgramProfile? existing = null) => new(
        Id?.Trim() ?? "", Name?.Trim() ?? "", Category ?? ProgramCategory.Documents, Provider?.Trim() ?? "", Points ?? [], DestinationStates ?? [],
        DailyCapacity ?? 0, Description ?? existing?.Description, ReunificationTargetHours ?? existing?.ReunificationTargetHours,
        Inactive: Active is { } active ? !active : existing?.Inactive ?? false);
}
