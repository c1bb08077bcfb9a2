using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Reception.Api.Edge;

/// <summary>
/// Browsers' SignalR clients send the bearer token as <c>access_token</c> in the query string of <c>/hubs</c>
/// requests. This wrapper of the server moves it into the <c>Authorization</c> header as each request arrives,
/// before ASP.NET Core's hosting diagnostics, routing or anything else can log the URL: the token never enters
/// the pipeline, so it can appear in no log at any level.
/// </summary>
internal sealed class QueryTokenServer(IServer inner) : IServer
{
    public const string QueryParameter = "access_token";
    private const string HubsPrefix = "/hubs";

    public IFeatureCollection Features => inner.Features;

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull =>
        inner.StartAsync(new TokenMovingApplication<TContext>(application), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);

    public void Dispose() => inner.Dispose();

    /// <summary>Replaces the registered server (Kestrel) with this wrapper around it.</summary>
    public static void Wrap(IServiceCollection services)
    {
        var registered = services.LastOrDefault(service => service.ServiceType == typeof(IServer))
            ?? throw new InvalidOperationException("No IServer is registered to wrap.");
        services.Remove(registered);
        if (registered.ImplementationType is { } type)
        {
            // Let the container build the server as it would have, under its own type.
            services.AddSingleton(type);
            services.AddSingleton<IServer>(provider => new QueryTokenServer((IServer)provider.GetRequiredService(type)));
        }
        else
        {
            services.AddSingleton<IServer>(provider => new QueryTokenServer(
                (IServer)(registered.ImplementationInstance ?? registered.ImplementationFactory!(provider))));
        }
    }

    /// <summary>Moves the query's token of a <c>/hubs</c> request to the Authorization header (unless one is there).</summary>
    internal static void MoveQueryToken(IHttpRequestFeature request)
    {
        if (!request.Path.StartsWith(HubsPrefix, StringComparison.OrdinalIgnoreCase)
            || !request.QueryString.Contains(QueryParameter, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var query = QueryHelpers.ParseQuery(request.QueryString);
        if (!query.Remove(QueryParameter, out var token))
        {
            return;
        }

        if (!StringValues.IsNullOrEmpty(token) && StringValues.IsNullOrEmpty(request.Headers[HeaderNames.Authorization]))
        {
            request.Headers[HeaderNames.Authorization] = $"Bearer {token[0]}";
        }

        var remaining = QueryString.Create(query);
        request.QueryString = remaining.Value ?? "";
        var rawPath = request.RawTarget.Split('?', 2)[0];
        request.RawTarget = rawPath + remaining.Value;
    }

    private sealed class TokenMovingApplication<TContext>(IHttpApplication<TContext> application) : IHttpApplication<TContext>
        where TContext : notnull
    {
        public TContext CreateContext(IFeatureCollection contextFeatures)
        {
            if (contextFeatures.Get<IHttpRequestFeature>() is { } request)
            {
                MoveQueryToken(request);
            }

            return application.CreateContext(contextFeatures);
        }

        public Task ProcessRequestAsync(TContext context) => application.ProcessRequestAsync(context);

        public void DisposeContext(TContext context, Exception? exception) => application.DisposeContext(context, exception);
    }
}
