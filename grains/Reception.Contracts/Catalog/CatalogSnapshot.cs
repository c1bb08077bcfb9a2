using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Contracts.Catalog;

[GenerateSerializer, Immutable, Alias("reception.catalog-snapshot")]
public sealed record CatalogSnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<PointProfile> Points,
    [property: Id(2)] IReadOnlyList<ProgramProfile> Programs)
{
    public static readonly CatalogSnapshot Empty = new(0, [], []);

    /// <summary>The programs that may receive new referrals and be recommended: the active ones.</summary>
    public IReadOnlyList<ProgramProfile> OfferedPrograms => Programs.Where(p => p.Active).ToList();
}
