namespace Reception.Contracts.Returnees;

[GenerateSerializer, Alias("reception.stage")]
public enum Stage
{
    Arrived,
    Assessment,
    Services,
    Departed,
    Transferred,
}
