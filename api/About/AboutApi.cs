using Reception.Silo.Hosting;

namespace Reception.Api.About;

/// <summary><c>GET /api/about</c> (anonymous): what the sign-in page must know before anyone signs in — whether this is a demo.</summary>
public static class AboutApi
{
    public static RouteGroupBuilder MapAboutApi(this RouteGroupBuilder api)
    {
        api.MapGet("/about", (ReceptionSettings settings) => new About(settings.SeedDemoData))
            .AllowAnonymous()
            .WithTags("About")
            .WithName("About")
            .WithSummary("Whether this host runs in demo mode (demo accounts and data, a banner on every page).");
        return api;
    }
}

/// <summary>The host's mode as the dashboard shows it.</summary>
public sealed record About(bool Demo);
