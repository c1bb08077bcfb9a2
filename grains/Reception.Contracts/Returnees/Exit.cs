using Reception.Contracts.Points;

namespace Reception.Contracts.Returnees;

/// <summary>How the case left the point: a departure to a destination or a transfer to an institution.</summary>
[GenerateSerializer, Immutable, Alias("reception.exit")]
public sealed record Exit(
    [property: Id(0)] Stage Stage,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string By,
    [property: Id(3)] string? DestinationState,
    [property: Id(4)] string? DestinationMunicipality,
    [property: Id(5)] TransportMode? Transport,
    [property: Id(6)] string? Institution,
    [property: Id(7)] string? Note);
