namespace Reception.Contracts.Catalog;

/// <summary>What one import did to each entry of the file, in the file's order.</summary>
[GenerateSerializer, Immutable, Alias("reception.catalog-import-report")]
public sealed record CatalogImportReport(
    [property: Id(0)] IReadOnlyList<CatalogImportLine> Lines)
{
    public bool ChangedNothing => Lines.All(l => l.Action == CatalogAction.Unchanged);
}

[GenerateSerializer, Immutable, Alias("reception.catalog-import-line")]
public sealed record CatalogImportLine(
    [property: Id(0)] CatalogEntryKind Kind,
    [property: Id(1)] string Key,
    [property: Id(2)] CatalogAction Action);
