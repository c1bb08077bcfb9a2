using Microsoft.Extensions.Hosting;
using Reception.Silo.Commands;
using Reception.Silo.Catalog;
using Reception.Silo.Hosting;
using Reception.Silo.Telemetry;

namespace Reception.Silo;

/// <summary>
/// The Orleans silo process. <c>dotnet run --project silo</c> runs a silo;
/// <c>dotnet run --project silo -- migrate</c> applies the schema and exits; <c>-- accounts add-admin --username NAME</c>
/// creates the first administrator (<see cref="AccountsCommand"/>);
/// <c>dotnet run --project silo -- catalog import FILE</c> loads a catalog file into the running cluster.
/// </summary>
public static class SiloProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [AccountsCommand.Name, ..]) { return await AccountsCommand.RunAsync(args[1..], Console.In, Console.Out); }
        var migrateOnly = args.Length > 0 && args[0] == "migrate";
        var importFile = args.Length > 2 && args[0] == "catalog" && args[1] == "import" ? args[2] : null;
        if (args.Length > 0 && args[0] == "catalog" && importFile is null)
        {
            Console.Error.WriteLine("reception: use 'catalog import FILE' (a JSON catalog file such as data/catalog/mexico-reception-points.json).");
            return HostFailure.ExitCode;
        }
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = migrateOnly ? args[1..] : importFile is not null ? args[3..] : args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        try
        {
            var settings = ReceptionSettings.FromConfiguration(builder.Configuration);
            if (importFile is not null)
            {
                return await CatalogImportCommand.RunAsync(Path.GetFullPath(importFile, Environment.CurrentDirectory), settings, Console.Out);
            }
            if (!migrateOnly)
            {
                settings.RequireDemoChosenIn(builder.Environment.EnvironmentName);
            }
            var migration = await StoragePreparation.PrepareAsync(settings);
            if (migrateOnly)
            {
                Console.WriteLine(migration.AppliedScripts.Count == 0
                    ? $"reception: {settings.Storage} schema is up to date (version {migration.CurrentVersion})."
                    : $"reception: {settings.Storage} schema migrated from version {migration.PreviousVersion} to {migration.CurrentVersion} ({string.Join(", ", migration.AppliedScripts)}).");
                return 0;
            }

            builder.Services.AddReceptionTelemetry(TelemetrySettings.FromConfiguration(builder.Configuration), "reception-silo");
            builder.UseOrleans(silo => silo.UseReception(settings, builder.Configuration));
            using var host = builder.Build();
            await host.RunAsync();
            return 0;
        }
        catch (ReceptionConfigurationException failure)
        {
            return HostFailure.Report(failure);
        }
    }
}
