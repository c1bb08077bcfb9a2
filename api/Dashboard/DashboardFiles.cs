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

        app.MapFallback(async context =>
            {
                var path = context.Request.Path;
                if (ServerPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
                    || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
                await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
