namespace Reception.Contracts.Rights;

/// <summary>
/// <c>GET /api/verify/{folio}?code=</c> for a genuine constancia: only what is printed on it, the name as initials.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.constancia-verification")]
public sealed record ConstanciaVerification(
    [property: Id(0)] string Folio,
    [property: Id(1)] string PointCode,
    [property: Id(2)] DateOnly ArrivalLocalDate,
    [property: Id(3)] string Initials,
    [property: Id(4)] bool Genuine = true,
    [property: Id(5)] string PointName = "");
