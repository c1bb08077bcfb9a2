using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Reception.Api.Auth;
using Reception.Silo.Hosting;

namespace Reception.Api.Hosting;

/// <summary>Tells the person who started Reception where to open it, and that a demo is a demo.</summary>
public static partial class StartupBanner
{
    public static void Print(WebApplication app, ReceptionSettings settings)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var storage = settings.Storage == StorageMode.Sqlite ? $"SQLite file {settings.SqliteFilePath}" : "PostgreSQL";
        if (settings.SeedDemoData)
        {
            Console.WriteLine($"*** DEMO MODE: demo points, programs and accounts (password '{DemoAccounts.Password}'); not for real people's data. Reception:Demo=false turns it off. ***");
        }
        Console.WriteLine($"Reception is running on {storage}.");
        foreach (var address in addresses)
        {
            Console.WriteLine($"  Dashboard: {address}/");
        }
        if (settings.SeedDemoData && app.Environment.IsProduction())
        {
            LogDemoInProduction(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Reception.Security"));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "DEMO MODE IN PRODUCTION: Reception:Demo=true, so anyone who knows the published demo password can sign in with every role. Set Reception:Demo=false and configure real accounts before receiving real people.")]
    private static partial void LogDemoInProduction(ILogger logger);
}
