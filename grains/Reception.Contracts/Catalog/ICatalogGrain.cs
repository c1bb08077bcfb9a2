using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Shared;

namespace Reception.Contracts.Catalog;

/// <summary>
/// The list of configured points and program profiles (small, durable, written only when a point or program
/// is configured) and the event log of its changes. Silos cache it; it is never on the arrival path. Use the key
/// <see cref="Key"/>.
/// </summary>
[Alias("reception.catalog")]
public interface ICatalogGrain : IGrainWithStringKey
{
    public const string Key = "catalog";

    [Alias("get")]
    Task<CatalogSnapshot> Get();

    /// <summary>Records a point's profile (called by the point grain); a change is logged as done by <paramref name="actor"/> (the system when null).</summary>
    [Alias("upsert-point")]
    Task UpsertPoint(PointProfile profile, Actor? actor = null);

    [Alias("upsert-program")]
    Task UpsertProgram(ProgramProfile profile, Actor? actor = null);

    /// <summary>An administrator creates or changes a point: validated against the whole catalog, then configured.</summary>
    [Alias("define-point")]
    Task<CatalogAction> DefinePoint(PointDefinition definition, CatalogWrite write, Actor actor);

    [Alias("define-program")]
    Task<CatalogAction> DefineProgram(ProgramDefinition definition, CatalogWrite write, Actor actor);

    /// <summary>
    /// Validates every entry of the file first (fields named by their place: <c>points[2].timeZone</c>) and changes nothing if
    /// one is wrong; then creates or updates each entry. Importing the same file again changes nothing.
    /// </summary>
    [Alias("import")]
    Task<CatalogImportReport> Import(CatalogFile file, Actor actor);

    /// <summary>The newest <paramref name="limit"/> events of the catalog's log, newest first.</summary>
    [Alias("events")]
    Task<IReadOnlyList<CatalogEvent>> GetEvents(int limit);
}
