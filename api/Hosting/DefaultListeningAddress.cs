namespace Reception.Api.Hosting;

/// <summary>
/// Listens on http://localhost:5080 unless ASPNETCORE_URLS, --urls or the Urls setting says otherwise.
/// (A Urls entry in appsettings.json would override ASPNETCORE_URLS, so the default lives here.)
/// </summary>
public static class DefaultListeningAddress
{
    public const string Url = "http://localhost:5080";

    public static WebApplicationBuilder UseDefaultListeningAddress(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(Url);
        }
        return builder;
    }
}
