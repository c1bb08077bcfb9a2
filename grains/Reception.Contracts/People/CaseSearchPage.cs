namespace Reception.Contracts.People;

/// <summary>A page of search results, newest first; <see cref="Next"/> is the cursor of the next page (null on the last).</summary>
[GenerateSerializer, Immutable, Alias("reception.case-search-page")]
public sealed record CaseSearchPage(
    [property: Id(0)] IReadOnlyList<CaseSearchItem> Items,
    [property: Id(1)] string? Next);
