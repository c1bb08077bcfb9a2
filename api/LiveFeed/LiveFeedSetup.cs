using Microsoft.AspNetCore.SignalR;

namespace Reception.Api.LiveFeed;

/// <summary>The SignalR hub and the grain observer behind it.</summary>
public static class LiveFeedSetup
{
    public const string HubPath = "/hubs/operations";

    public static IServiceCollection AddReceptionLiveFeed(this IServiceCollection services)
    {
        services.AddSignalR(hub =>
            {
                hub.AddFilter<HubErrorFilter>();
                hub.AddFilter<TokenExpiryFilter>();
            })
            .AddJsonProtocol(json => ApiJson.Configure(json.PayloadSerializerOptions));
        services.AddSingleton<HubErrorFilter>();
        services.AddSingleton<TokenExpiryFilter>();
        services.Configure<LoggerFilterOptions>(SilenceDispatcherErrors);
        services.AddSingleton<FeedPublisher>();
        services.AddSingleton<LiveFeedObserver>();
        services.AddSingleton<FeedSubscriptions>();
        services.AddHostedService(provider => provider.GetRequiredService<FeedSubscriptions>());
        return services;
    }

    // SignalR logs every exception leaving a hub method as an error with its stack trace, refusals included;
    // HubErrorFilter logs refusals as warnings and other failures as errors itself. The category keeps the
    // level configured for it (its other messages are debug and trace).
    private static void SilenceDispatcherErrors(LoggerFilterOptions options)
    {
        const string dispatcher = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";
        var configured = options.Rules
            .Where(rule => rule.ProviderName is null && (rule.CategoryName is null || dispatcher.StartsWith(rule.CategoryName, StringComparison.Ordinal)))
            .OrderBy(rule => rule.CategoryName?.Length ?? 0)
            .LastOrDefault()?.LogLevel ?? options.MinLevel;
        options.Rules.Add(new LoggerFilterRule(null, dispatcher, configured, (_, _, level) => level < LogLevel.Error));
    }

    public static IEndpointRouteBuilder MapLiveFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<OperationsHub>(HubPath).RequireAuthorization();
        return endpoints;
    }
}
