namespace Reception.Contracts.Catalog;

/// <summary>How an administrator's definition meets the catalog.</summary>
[GenerateSerializer, Alias("reception.catalog-write")]
public enum CatalogWrite
{
    /// <summary><c>POST</c>: refused when the code or id exists.</summary>
    Create,

    /// <summary><c>PUT</c>: refused when it does not exist.</summary>
    Update,

    /// <summary>An import: created or updated.</summary>
    Upsert,
}
