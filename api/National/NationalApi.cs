using Reception.Api.Auth;
using Reception.Contracts.National;
using Reception.Contracts.Shared;

namespace Reception.Api.National;

/// <summary><c>GET /api/national</c>: the picture across every point (coordinators).</summary>
public static class NationalApi
{
    public static RouteGroupBuilder MapNationalApi(this RouteGroupBuilder api)
    {
        api.MapGet("/national", GetNational)
            .WithTags("National")
            .WithName("GetNationalPicture")
            .WithSummary("Arrivals, occupancy, pending referrals and alert levels across the country (coordinators).");
        return api;
    }

    private static Task<NationalPicture> GetNational(HttpContext context, IClusterClient cluster)
    {
        context.Actor().RequireNational();
        return cluster.GetGrain<INationalGrain>(INationalGrain.Key).GetPicture();
    }
}
