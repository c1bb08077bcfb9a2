namespace Reception.Contracts.Points;

/// <summary>Today's counts at a point (local day). Referred = referrals created, served = referrals completed.</summary>
[GenerateSerializer, Immutable, Alias("reception.point-counts")]
public sealed record PointCounts(
    [property: Id(0)] int Arrived,
    [property: Id(1)] int Assessed,
    [property: Id(2)] int Referred,
    [property: Id(3)] int Served,
    [property: Id(4)] int Departed,
    [property: Id(5)] int Transferred);
