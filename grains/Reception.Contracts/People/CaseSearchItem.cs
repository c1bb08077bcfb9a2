using Reception.Contracts.Returnees;

namespace Reception.Contracts.People;

/// <summary>One case found by a search: who, where and when, and how far it got.</summary>
[GenerateSerializer, Immutable, Alias("reception.case-search-item")]
public sealed record CaseSearchItem(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string PersonId,
    [property: Id(2)] string GivenNames,
    [property: Id(3)] string Surnames,
    [property: Id(4)] DateOnly? DateOfBirth,
    [property: Id(5)] int? EstimatedAge,
    [property: Id(6)] string PointCode,
    [property: Id(7)] DateTimeOffset ArrivedAt,
    [property: Id(8)] Stage Stage,
    [property: Id(9)] string CertificateNumber,
    [property: Id(10)] Sex Sex,
    [property: Id(11)] bool Unidentified,
    [property: Id(12)] string? Description,
    // The IANA zone of the case's point (from the catalog), in which its arrival is shown.
    [property: Id(13)] string? TimeZone = null);
