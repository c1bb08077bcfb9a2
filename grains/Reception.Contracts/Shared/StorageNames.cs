namespace Reception.Contracts.Shared;

/// <summary>Names of the Orleans grain storage providers the grains use; the host registers them.</summary>
public static class StorageNames
{
    public const string Reception = "reception";
}
