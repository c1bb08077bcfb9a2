using Microsoft.Extensions.DependencyInjection.Extensions;
using Reception.Api.About;
using Reception.Api.Admin;
using Reception.Api.Auth;
using Reception.Api.Catalog;
using Reception.Api.History;
using Reception.Api.LiveFeed;
using Reception.Api.National;
using Reception.Api.OpenApi;
using Reception.Api.Points;
using Reception.Api.Problems;
using Reception.Api.Programs;
using Reception.Api.Returnees;
using Reception.Api.Rights;
using Reception.Api.Statistics;
using Reception.Silo.Hosting;

namespace Reception.Api;

/// <summary>The HTTP API under <c>/api</c>, the live feed at <c>/hubs/operations</c>, their authentication and the OpenAPI document.</summary>
public static class ReceptionApi
{
    public static WebApplicationBuilder AddReceptionApi(this WebApplicationBuilder builder, ReceptionSettings settings)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddReceptionProblems();
        services.AddReceptionAuth(builder.Configuration, settings);
        services.AddReceptionLiveFeed();
        services.AddVerificationRateLimit();
        services.AddSingleton<CatalogReader>();
        services.AddHostedService<CatalogChangeFeed>();
        services.AddOpenApi(options => options
            .AddSchemaTransformer<ItemLengthSchemaTransformer>()
            .AddDocumentTransformer<ContractSchemasTransformer>());
        return builder;
    }

    public static WebApplication MapReceptionApi(this WebApplication app)
    {
        app.UseRefusedRequestLogging();
        app.UseReceptionProblems();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        var auth = app.Services.GetRequiredService<AuthSettings>();
        var api = app.MapGroup("/api").RequireAuthorization();
        api.AddEndpointFilter<TransientRetry>();
        api.MapAuthApi(auth);
        api.MapAccountsApi(auth);
        api.MapPointsApi();
        api.MapArrivalsApi();
        api.MapReturneesApi();
        api.MapSearchApi();
        api.MapDesksApi();
        api.MapProgramsApi();
        api.MapHistoryApi();
        api.MapStatisticsApi();
        api.MapNationalApi();
        api.MapAdminCatalogApi();
        api.MapAboutApi();
        api.MapRightsApi();
        app.MapLiveFeed();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
