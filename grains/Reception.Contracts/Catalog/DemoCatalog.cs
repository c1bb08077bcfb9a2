using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Contracts.Catalog;

/// <summary>
/// The seeded demo data, read from <c>data/catalog/demo.json</c> (built into this assembly, so the file is the one source):
/// the twelve repatriation points (capacities are plausible, not published figures) and a program catalog after the public
/// programs for returnees (DIF, IMSS, the employment service, CONOCER, SEP, INE, civil registries, shelters). Some
/// categories are deliberately missing at some points (no shelter at SLR, OJI, ACN, PNG or MAM; psychological care only at
/// the larger points) so unmet needs show. The API derives its demo accounts (<c>manager-{code}</c>,
/// <c>provider-{programId}</c>) from these lists.
/// </summary>
public static class DemoCatalog
{
    public const string ResourceName = "Reception.Contracts.Catalog.demo.json";

    /// <summary>The file as written, for an import.</summary>
    public static readonly CatalogFile File = ReadFile();

    public static readonly IReadOnlyList<PointProfile> Points = (File.Points ?? []).Select(p => p.ToProfile()).ToList();

    public static readonly IReadOnlyList<ProgramProfile> Programs = (File.Programs ?? []).Select(p => p.ToProfile()).ToList();

    private static CatalogFile ReadFile()
    {
        using var stream = typeof(DemoCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not built into {typeof(DemoCatalog).Assembly.GetName().Name}.");
        return CatalogFile.Read(stream);
    }
}
