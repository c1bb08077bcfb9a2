using Microsoft.Net.Http.Headers;

namespace Reception.Api.Edge;

/// <summary>
/// The headers every response carries (the dashboard's files, the API, problems written after an error): a
/// strict Content-Security-Policy (the built dashboard has no inline script or style element; <c>connect-src
/// 'self'</c> admits the hub's WebSocket), no MIME sniffing, no framing, no referrer, no powerful browser
/// features; and <c>Cache-Control: no-store</c> on <c>/api</c> and <c>/hubs</c>, whose answers hold personal data.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    private static readonly string[] PrivatePrefixes = ["/api", "/hubs"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // OnStarting, so that headers survive the exception handler's clearing of the response.
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        if (PrivatePrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            headers[HeaderNames.CacheControl] = "no-store";
        }
    }
}
