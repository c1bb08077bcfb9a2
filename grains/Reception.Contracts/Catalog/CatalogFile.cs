using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reception.Contracts.Catalog;

/// <summary>
/// A catalog file (<c>data/catalog/*.json</c>, <c>catalog import FILE</c>): <c>{"points": [...], "programs": [...]}</c>,
/// each entry shaped as the administrators' request bodies.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.catalog-file")]
public sealed record CatalogFile(
    [property: Id(0)] IReadOnlyList<PointDefinition>? Points,
    [property: Id(1)] IReadOnlyList<ProgramDefinition>? Programs)
{
    /// <summary>The API's JSON conventions: camelCase names and enum values.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads a catalog file; a file that is not JSON of this shape throws <see cref="JsonException"/>.</summary>
    public static CatalogFile Read(Stream json) =>
        JsonSerializer.Deserialize<CatalogFile>(json, Json) ?? new CatalogFile([], []);
}
