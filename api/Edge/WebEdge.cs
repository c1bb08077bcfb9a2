using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Reception.Silo.Hosting;

namespace Reception.Api.Edge;

/// <summary>
/// What sits between the network and the API: forwarded headers from known proxies, HTTPS redirection and HSTS
/// when configured, the security headers, response compression, and the query-string token moved out of every URL
/// before it is logged.
/// </summary>
public static class WebEdge
{
    public static WebApplicationBuilder AddReceptionWebEdge(this WebApplicationBuilder builder)
    {
        var web = builder.Configuration.GetSection(WebSettings.Section).Get<WebSettings>() ?? new WebSettings();
        var services = builder.Services;
        services.AddSingleton(web);
        QueryTokenServer.Wrap(services);
        services.AddReceptionCompression();
        var proxies = web.KnownProxies.Select(proxy => IPAddress.TryParse(proxy, out var address)
            ? address : throw Misconfigured("KnownProxies", proxy, "an IP address")).ToList();
        var networks = web.KnownNetworks.Select(network => System.Net.IPNetwork.TryParse(network, out var parsed)
            ? parsed : throw Misconfigured("KnownNetworks", network, "a network in CIDR notation (10.0.0.0/8)")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return builder;
    }

    public static WebApplication UseReceptionWebEdge(this WebApplication app)
    {
        var web = app.Services.GetRequiredService<WebSettings>();
        if (web.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        if (web.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        app.UseReceptionCompression();
        return app;
    }

    private static ReceptionConfigurationException Misconfigured(string key, string value, string expected) =>
        new($"{WebSettings.Section}:{key} has '{value}': use {expected}.");
}
