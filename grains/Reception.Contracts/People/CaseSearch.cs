using Reception.Contracts.Returnees;

namespace Reception.Contracts.People;

/// <summary>
/// A search of cases: <see cref="Q"/> matches names (accent-, case- and spelling-insensitive), a case id or a
/// certificate number; the other filters narrow it. Results are newest first; <see cref="Cursor"/> is the
/// <c>next</c> of the previous page.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.case-search")]
public sealed record CaseSearch(
    [property: Id(0)] string? Q = null,
    [property: Id(1)] string? Curp = null,
    [property: Id(2)] DateOnly? DateOfBirth = null,
    [property: Id(3)] string? Point = null,
    [property: Id(4)] DateOnly? From = null,
    [property: Id(5)] DateOnly? To = null,
    [property: Id(6)] Stage? Stage = null,
    [property: Id(7)] string? Cursor = null,
    [property: Id(8)] int Limit = Shared.Limits.SearchPageSize);
