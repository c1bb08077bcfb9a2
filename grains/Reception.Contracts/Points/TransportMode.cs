namespace Reception.Contracts.Points;

[GenerateSerializer, Alias("reception.transport-mode")]
public enum TransportMode
{
    Bus,
    Foot,
    Flight,
    Other,
}
