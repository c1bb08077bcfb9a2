namespace Reception.Contracts.Rights;

/// <summary>
/// The constancia de recepción of a case: what is printed on it (folio, point, date of arrival, the person's name) and
/// the verification code its QR code carries beside the folio; a folio without its code is refused as not genuine.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.constancia")]
public sealed record Constancia(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string Folio,
    [property: Id(2)] string Code,
    [property: Id(3)] string PointCode,
    [property: Id(4)] DateTimeOffset ArrivedAt,
    [property: Id(5)] DateOnly ArrivalLocalDate,
    [property: Id(6)] string GivenNames,
    [property: Id(7)] string Surnames,
    [property: Id(8)] bool Anonymised,
    // The point's name in the catalog, as printed.
    [property: Id(9)] string PointName = "",
    // The point's IANA zone: the time of arrival is printed in it.
    [property: Id(10)] string? TimeZone = null);
