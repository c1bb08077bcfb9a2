using System.ComponentModel.DataAnnotations;
using Reception.Contracts.Points;
using Reception.Contracts.Shared;

namespace Reception.Contracts.Catalog;

/// <summary>
/// A point as an administrator defines it (<c>POST /api/admin/points</c>, <c>PUT /api/admin/points/{code}</c>, an entry of a
/// catalog file): the fields <c>GET /api/points</c> returns, plus <see cref="TimeZone"/>. <see cref="Active"/> left out keeps
/// the point's current state (active when new).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.point-definition")]
public sealed record PointDefinition(
    [property: Id(0), Required, RegularExpression(Patterns.PointCode)] string? Code,
    [property: Id(1), Required, StringLength(Limits.ShortTextLength)] string? Name,
    [property: Id(2), Required, StringLength(Limits.ShortTextLength)] string? City,
    [property: Id(3), Required, StringLength(Limits.ShortTextLength)] string? State,
    [property: Id(4), Required] PointKind? Kind,
    [property: Id(5), Required, StringLength(Limits.TimeZoneLength)] string? TimeZone,
    [property: Id(6), Required] CapacityDefinition? Capacity,
    [property: Id(7)] bool? Active = null)
{
    /// <summary>
    /// The profile this definition describes, trimmed, the code upper-cased and the state's name canonical; what it leaves
    /// out of <paramref name="existing"/> (<c>active</c>, usual daily arrivals) keeps its value. Not validated.
    /// </summary>
    public PointProfile ToProfile(PointProfile? existing = null) => new(
        Code?.Trim().ToUpperInvariant() ?? "", Name?.Trim() ?? "", City?.Trim() ?? "", MexicanStates.Normalize(State) ?? State?.Trim() ?? "",
        Kind ?? PointKind.LandCrossing, TimeZone?.Trim() ?? "",
        new PointCapacity(Capacity?.ShelterBeds ?? 0, Capacity?.IntakeDesks ?? 0, Capacity?.UsualDailyArrivals ?? existing?.Capacity.UsualDailyArrivals ?? 0),
        Inactive: Active is { } active ? !active : existing?.Inactive ?? false);
}

/// <summary>A point's capacity as defined by an administrator.</summary>
[GenerateSerializer, Immutable, Alias("reception.capacity-definition")]
public sealed record CapacityDefinition(
    [property: Id(0), Required, Range(0, Limits.MaxCapacity)] int? ShelterBeds,
    [property: Id(1), Required, Range(0, Limits.MaxCapacity)] int? IntakeDesks,
    [property: Id(2), Range(0, Limits.MaxCapacity)] int? UsualDailyArrivals = null);
