using Reception.Api;
using Reception.Api.Edge;
using Reception.Api.Health;
using Reception.Api.Hosting;
using Reception.Api.Telemetry;
using Reception.Silo.Hosting;

try
{
    var builder = WebApplication.CreateBuilder(args).UseDefaultListeningAddress();
    var settings = ReceptionSettings.FromConfiguration(builder.Configuration);
    settings.RequireDemoChosenIn(builder.Environment.EnvironmentName);
    var connection = ClusterConnection.FromConfiguration(builder.Configuration);
    await StoragePreparation.PrepareAsync(settings);

    builder.Services.AddSingleton(settings);
    builder.Services.AddReceptionHealthChecks();
    builder.AddReceptionOrleans(settings, connection);
    builder.AddReceptionApi(settings);
    builder.AddReceptionTelemetry();
    builder.AddReceptionWebEdge();

    var app = builder.Build();
    app.UseReceptionWebEdge();
    app.MapReceptionHealth();
    app.MapReceptionApi();
    app.MapReceptionTelemetry();
    app.MapReceptionDashboard();
    app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, settings));
    await app.RunAsync();
    return 0;
}
catch (ReceptionConfigurationException failure)
{
    return HostFailure.Report(failure);
}

/// <summary>The entry point, visible to the tests' host fixture.</summary>
public partial class Program;
