using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Reception.Api.Auth;
using Reception.Api.Problems;
using Reception.Contracts.Shared;

namespace Reception.Api.Rights;

/// <summary>
/// The public verification of constancias, limited per client address (<see cref="AuthSettings.VerificationsPerMinute"/>)
/// in a budget of its own: guessing codes is as slow as guessing passwords. The policy words its own refusal (429
/// <c>tooManyRequests</c> with <c>Retry-After</c>), so the command limiter's words stay the commands'.
/// </summary>
public static class VerificationRateLimit
{
    public const string Policy = "verification";

    public static IServiceCollection AddVerificationRateLimit(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure(options => options.AddPolicy<string, VerificationPolicy>(Policy));
        return services;
    }

    private sealed class VerificationPolicy(AuthSettings auth) : IRateLimiterPolicy<string>
    {
        private int PerMinute => Math.Max(1, auth.VerificationsPerMinute);

        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RefuseAsync;

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetFixedWindowLimiter(
            "verify:" + (httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

        private async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellation)
        {
            var context = rejected.HttpContext;
            var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var services = context.RequestServices;
            await services.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = RefusalProblems.For(StatusCodes.Status429TooManyRequests, "tooManyRequests",
                    Refusal.Of(ProblemCodes.TooManyRequests, ("limit", PerMinute)), services.GetRequiredService<ProblemWording>()),
            });
        }
    }
}
