using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

// In the root namespace so Program.cs calls it without another using.
namespace Reception.Api;

/// <summary>
/// Serves the dashboard (dashboard/, built into <c>wwwroot/</c> of the API's output by dashboard.targets) from
/// the same origin as the API: its files, and <c>index.html</c> for every other path outside <c>/api</c>,
/// <c>/hubs</c>, <c>/openapi</c> and <c>/health</c> so the browser's routes (e.g. <c>/points/TIJ</c>) load the app.
/// </summary>
public static class DashboardFiles
{
    private static readonly string[] ServerPrefixes = ["/api", "/hubs", "/openapi", "/health"];

    /// <summary>The folder the files are served from: <c>wwwroot</c> beside the API's assembly.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static WebApplication MapReceptionDashboard(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardFiles));
        var index = Path.Combine(Root, "index.html");
        if (!File.Exists(index))
        {
            logger.LogWarning("The dashboard is not built ({Index} is missing): build the API with npm installed to serve it.", index);
            return app;
        }

        var files = new PhysicalFileProvider(Root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                // Vite names assets by content hash: cache them for good; index.html is always revalidated.
                var immutable = context.Context.Request.Path.StartsWithSegments("/assets");
                context.Context.Response.Headers[HeaderNames.CacheControl] = immutable ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });

        // Not an endpoint: a catch-all route would stand beside every API route in routing's choice, so a wrong method
        // or content type on an API route reached index.html or an empty 404. Only what routing matched nothing for
        // (and no 405/415 either) reaches the browser's routes; under the server's prefixes ReceptionProblems answers.
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is not null || !IsBrowserRoute(context.Request))
            {
                await next(context);
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
        });
        return app;
    }

    // A page of the app: read by GET or HEAD, outside the server's prefixes, not a file (a missing asset stays a 404).
    private static bool IsBrowserRoute(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !Path.HasExtension(request.Path.Value)
        && !ServerPrefixes.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
