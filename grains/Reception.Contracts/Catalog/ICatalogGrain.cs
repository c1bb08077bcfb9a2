using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Contracts.Catalog;

/// <summary>
/// The list of configured points and program profiles (small, durable, written only when a point or program
/// is configured). Silos cache it; it is never on the arrival path. Use the key <see cref="Key"/>.
/// </summary>
[Alias("reception.catalog")]
public interface ICatalogGrain : IGrainWithStringKey
{
    public const string Key = "catalog";

    [Alias("get")]
    Task<CatalogSnapshot> Get();

    [Alias("upsert-point")]
    Task UpsertPoint(PointProfile profile);

    [Alias("upsert-program")]
    Task UpsertProgram(ProgramProfile profile);
}
