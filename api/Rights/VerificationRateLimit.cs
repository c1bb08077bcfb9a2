using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Reception.Api.Auth;

namespace Reception.Api.Rights;

/// <summary>
/// The public verification of constancias, limited per client address to as many a minute as token requests
/// (<see cref="AuthSettings.VerificationsPerMinute"/>), in a budget of its own: guessing codes is as slow as
/// guessing passwords. Refused with the shared 429 problem and <c>Retry-After</c>.
/// </summary>
public static class VerificationRateLimit
{
    public const string Policy = "verification";

    public static IServiceCollection AddVerificationRateLimit(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure<AuthSettings>((options, auth) =>
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                "verify:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, auth.VerificationsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }
}
