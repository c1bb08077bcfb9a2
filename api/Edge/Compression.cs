using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;

namespace Reception.Api.Edge;

/// <summary>
/// Brotli or gzip for the dashboard's files and the API's JSON, as the browser accepts: a point's link can be
/// slow, and the script is a quarter of its size compressed. Token answers are never compressed over HTTPS: a
/// secret beside text the caller chose is what compression-length attacks (BREACH) read.
/// </summary>
public static class Compression
{
    public static IServiceCollection AddReceptionCompression(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("application/problem+json");
        });

    public static IApplicationBuilder UseReceptionCompression(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/auth") && context.Features.Get<IHttpsCompressionFeature>() is { } https)
            {
                https.Mode = HttpsCompressionMode.DoNotCompress;
            }
            return next(context);
        });
        return app.UseResponseCompression();
    }
}
