namespace Reception.Contracts.Points;

[GenerateSerializer, Alias("reception.alert-level")]
public enum AlertLevel
{
    Normal,
    Watch,
    Surge,
    Critical,
}
