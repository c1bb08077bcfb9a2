using System.Globalization;
using System.Threading.RateLimiting;
using Reception.Api.Problems;
using Reception.Contracts.Shared;

namespace Reception.Api.Auth;

/// <summary>
/// The command rate limit: commands (POST and PUT under <c>/api</c>, outside <c>/api/auth</c>) per signed-in user
/// (<see cref="AuthSettings.CommandsPerMinute"/>), so a runaway integration cannot starve a point, refused with a
/// 429 problem and <c>Retry-After</c>. Sign-ins have their own limits (<see cref="SignInFailureLimit"/>, the accounts' lockout).
/// </summary>
public static class CommandRateLimit
{
    public static IServiceCollection AddReceptionRateLimits(this IServiceCollection services, AuthSettings auth) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                CommandUser(context) is { } user
                    ? RateLimitPartition.GetFixedWindowLimiter(user, _ => PerMinute(auth.CommandsPerMinute))
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = (context, _) => RefuseAsync(context.HttpContext, context.Lease, auth);
        });

    // Anonymous requests are refused (401) or are the token endpoint, which has its own limits.
    private static string? CommandUser(HttpContext context)
    {
        var request = context.Request;
        var command = HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method);
        return command && request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/api/auth")
            && context.User.Identity?.IsAuthenticated == true
            ? ActorAccess.UserName(context.User)
            : null;
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    private static async ValueTask RefuseAsync(HttpContext context, RateLimitLease lease, AuthSettings auth)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var user = CommandUser(context) ?? "";
        var refusal = Refusal.Of(ProblemCodes.TooManyCommands, ("limit", auth.CommandsPerMinute), ("retryAfter", seconds));
        var services = context.RequestServices;
        SecurityLog.CommandsThrottled(SecurityLog.For(services), user, context.Connection.RemoteIpAddress?.ToString(), auth.CommandsPerMinute);

        await services.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = RefusalProblems.For(StatusCodes.Status429TooManyRequests, "tooManyRequests", refusal, services.GetRequiredService<ProblemWording>()),
        });
    }
}
