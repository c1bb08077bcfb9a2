namespace Reception.Contracts.Programs;

/// <summary>Where a program serves a case: at the reception point, or in the state the person is heading to.</summary>
[GenerateSerializer, Alias("reception.service-reach")]
public enum ServiceReach
{
    Point,
    Destination,
}
