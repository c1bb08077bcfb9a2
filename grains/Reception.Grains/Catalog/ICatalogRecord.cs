using Reception.Contracts.Catalog;

namespace Reception.Grains.Catalog;

/// <summary>
/// The catalog's event log in the permanent record (db scripts postgres/013 and sqlite/011); the silo implements it for
/// each engine.
/// </summary>
public interface ICatalogRecord
{
    /// <summary>Adds the events; an event whose sequence is already there is left as it is (the grain may send it again).</summary>
    Task AppendAsync(IReadOnlyList<CatalogEvent> events);

    /// <summary>The latest <paramref name="limit"/> events, newest first.</summary>
    Task<IReadOnlyList<CatalogEvent>> LatestAsync(int limit);
}
