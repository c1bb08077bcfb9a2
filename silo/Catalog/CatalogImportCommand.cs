using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reception.Contracts.Catalog;
using Reception.Contracts.Shared;
using Reception.Silo.Hosting;

namespace Reception.Silo.Catalog;

/// <summary>
/// <c>catalog import FILE</c>: joins the configured cluster as a client (the API's embedded silo on SQLite, the silos found
/// in PostgreSQL) and hands the file to the catalog grain, which validates every entry before changing anything. Joining
/// rather than hosting a silo of its own keeps one catalog grain per cluster, so the running hosts see the change at once.
/// </summary>
public static class CatalogImportCommand
{
    public const int Refused = 1;
    public const int NoCluster = 3;

    public static async Task<int> RunAsync(string path, ReceptionSettings settings, TextWriter output)
    {
        CatalogFile file;
        try
        {
            await using var stream = File.OpenRead(path);
            file = CatalogFile.Read(stream);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new ReceptionConfigurationException($"{path} is not a readable catalog file ({failure.Message}): give a JSON file {{\"points\": [...], \"programs\": [...]}} as data/catalog/*.json.");
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client.UseReceptionCluster(settings, []));
        using var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            await output.WriteLineAsync($"reception: no Reception cluster answers on {settings.Storage} ({failure.Message}). Start the API or a silo on this storage, then import again.");
            return NoCluster;
        }

        try
        {
            var catalog = host.Services.GetRequiredService<IClusterClient>().GetGrain<ICatalogGrain>(ICatalogGrain.Key);
            var report = await catalog.Import(file, Actor.System($"catalog import ({Environment.UserName})"));
            await WriteReportAsync(path, report, output);
            return 0;
        }
        catch (ReceptionException refused)
        {
            await WriteRefusalAsync(path, refused, output);
            return Refused;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task WriteReportAsync(string path, CatalogImportReport report, TextWriter output)
    {
        foreach (var line in report.Lines.Where(l => l.Action != CatalogAction.Unchanged))
        {
            await output.WriteLineAsync($"  {Refusal.Text(line.Action)} {Refusal.Text(line.Kind)} {line.Key}");
        }
        var counts = string.Join(", ", report.Lines.GroupBy(l => l.Action).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Refusal.Text(g.Key)}"));
        await output.WriteLineAsync(report.ChangedNothing
            ? $"reception: {path} changed nothing: the catalog already holds its {report.Lines.Count} entries as written."
            : $"reception: imported {path}: {counts}.");
    }

    private static async Task WriteRefusalAsync(string path, ReceptionException refused, TextWriter output)
    {
        var problems = refused.FieldErrors.SelectMany(f => f.Value.Select(r => $"  {f.Key}: {r}")).ToList();
        if (problems.Count == 0)
        {
            problems.Add($"  {refused.Refusal}");
        }
        foreach (var problem in problems)
        {
            await output.WriteLineAsync(problem);
        }
        await output.WriteLineAsync($"reception: {path} was not imported, nothing changed: {problems.Count} problem(s) above (field: code(values)).");
    }
}
