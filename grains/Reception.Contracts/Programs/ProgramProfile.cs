using Reception.Contracts.Shared;

namespace Reception.Contracts.Programs;

/// <summary>
/// A service program. It serves the reception points in <see cref="Points"/> (at the point) and returnees
/// heading to any of <see cref="DestinationStates"/> (at destination).
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.program-profile")]
public sealed record ProgramProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] ProgramCategory Category,
    [property: Id(3)] string Provider,
    [property: Id(4)] IReadOnlyList<string> Points,
    [property: Id(5)] IReadOnlyList<string> DestinationStates,
    [property: Id(6)] int DailyCapacity,
    [property: Id(7)] string? Description = null,
    // Child protection: hours from a child's arrival to reunification before the case is overdue (default 72).
    [property: Id(8)] int? ReunificationTargetHours = null,
    // A deactivated program gets no new referrals and is offered to nobody; stored as "inactive" so older profiles read as active.
    [property: Id(9)] bool Inactive = false)
{
    public bool Active => !Inactive;

    /// <summary>The reunification target of this program, or the default.</summary>
    public int ReunificationTarget => ReunificationTargetHours ?? Limits.DefaultReunificationTargetHours;

    public bool ServesPoint(string pointCode) => Points.Contains(pointCode, StringComparer.OrdinalIgnoreCase);

    public bool ServesState(string? state) => state is not null && DestinationStates.Contains(state, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The one rule of who may be referred here: a case at <paramref name="pointCode"/> is served at the point, or else
    /// at its destination state; null when the program serves neither.
    /// </summary>
    public ServiceReach? Reaches(string pointCode, string? destinationState) =>
        ServesPoint(pointCode) ? ServiceReach.Point : ServesState(destinationState) ? ServiceReach.Destination : null;

    public bool ServesCase(string pointCode, string? destinationState) => Reaches(pointCode, destinationState) is not null;
}
