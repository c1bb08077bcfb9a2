using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Reception.Silo.Hosting;

namespace Reception.Api.Hosting;

/// <summary>Tells the person who started Reception where to open it.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app, ReceptionSettings settings)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var storage = settings.Storage == StorageMode.Sqlite ? $"SQLite file {settings.SqliteFilePath}" : "PostgreSQL";
        Console.WriteLine($"Reception is running on {storage}.");
        foreach (var address in addresses)
        {
            Console.WriteLine($"  Dashboard: {address}/");
        }
    }
}
