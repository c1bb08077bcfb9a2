using Microsoft.AspNetCore.SignalR;

namespace Reception.Api.LiveFeed;

/// <summary>The SignalR hub and the grain observer behind it.</summary>
public static class LiveFeedSetup
{
    public const string HubPath = "/hubs/operations";

    public static IServiceCollection AddReceptionLiveFeed(this IServiceCollection services)
    {
        services.AddSignalR(hub => hub.AddFilter<HubErrorFilter>())
            .AddJsonProtocol(json => ApiJson.Configure(json.PayloadSerializerOptions));
        services.AddSingleton<HubErrorFilter>();
        services.AddSingleton<FeedPublisher>();
        services.AddSingleton<LiveFeedObserver>();
        services.AddSingleton<FeedSubscriptions>();
        services.AddHostedService(provider => provider.GetRequiredService<FeedSubscriptions>());
        return services;
    }

    public static IEndpointRouteBuilder MapLiveFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<OperationsHub>(HubPath).RequireAuthorization();
        return endpoints;
    }
}
