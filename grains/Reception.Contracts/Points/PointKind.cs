namespace Reception.Contracts.Points;

[GenerateSerializer, Alias("reception.point-kind")]
public enum PointKind
{
    LandCrossing,
    Airport,
}
