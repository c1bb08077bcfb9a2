using Reception.Contracts.Points;

namespace Reception.Contracts.Returnees;

[GenerateSerializer, Immutable, Alias("reception.depart-command")]
public sealed record DepartCommand(
    [property: Id(0)] string DestinationState,
    [property: Id(1)] string? DestinationMunicipality = null,
    [property: Id(2)] TransportMode? Transport = null);
