using Microsoft.Extensions.Hosting;
using Reception.Silo.Commands;
using Reception.Silo.Hosting;
using Reception.Silo.Telemetry;

namespace Reception.Silo;

/// <summary>
/// The Orleans silo process. <c>dotnet run --project silo</c> runs a silo;
/// <c>dotnet run --project silo -- migrate</c> applies the schema and exits; <c>-- accounts add-admin --username NAME</c>
/// creates the first administrator (<see cref="AccountsCommand"/>).
/// </summary>
public static class SiloProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [AccountsCommand.Name, ..]) { return await AccountsCommand.RunAsync(args[1..], Console.In, Console.Out); }
        var migrateOnly = args.Length > 0 && args[0] == "migrate";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = migrateOnly ? args[1..] : args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        try
        {
            var settings = ReceptionSettings.FromConfiguration(builder.Configuration);
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
