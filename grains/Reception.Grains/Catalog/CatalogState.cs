using Reception.Contracts.Catalog;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Grains.Catalog;

[GenerateSerializer, Alias("reception.catalog-state")]
internal sealed class CatalogState
{
    [Id(0)] public long Version { get; set; }
    [Id(1)] public Dictionary<string, PointProfile> Points { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public Dictionary<string, ProgramProfile> Programs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Changes whose events the record has not taken yet, oldest first (the outbox; written in the same state write as
    /// the change itself, emptied once the record has them).
    /// </summary>
    [Id(3)] public List<CatalogEvent> Events { get; set; } = [];
}
