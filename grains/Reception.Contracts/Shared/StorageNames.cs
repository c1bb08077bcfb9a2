namespace Reception.Contracts.Shared;

/// <summary>Names of the Orleans grain storage providers the grains use; the host registers them.</summary>
public static class StorageNames
{
    public const string Reception = "reception";

    /// <summary>Header-plus-entries storage for points and programs: a write costs what changed, not the crowd's size.</summary>
    public const string Incremental = "reception-incremental";
}
