namespace Reception.Api.Problems;

/// <summary>
/// The one place that retries a request through a passing cluster outage (a silo died or is leaving, its gateway
/// closed, a call to it timed out): reads (GET, HEAD) and commands that carry an <c>Idempotency-Key</c> run again
/// with a short backoff for up to <see cref="Budget"/>, so the caller sees a delay rather than an error; a repeat
/// of such a command changes nothing. A command without a key is never repeated (it might have happened): its
/// failure, like one that outlives the budget or a database outage, becomes a <c>503</c> in
/// <see cref="ApiExceptionHandler"/>.
/// </summary>
public sealed class TransientRetry(ILogger<TransientRetry> logger) : IEndpointFilter
{
    /// <summary>Covers a silo's death (declared in about 3 s) and a client call's timeout (5 s) with room to spare.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(12);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!Repeatable(http.Request))
        {
            return await next(context);
        }

        var deadline = DateTime.UtcNow + Budget;
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next(context);
            }
            catch (Exception failure) when (TransientFailure.Classify(failure) == TransientKind.Cluster
                && DateTime.UtcNow + pause < deadline && !http.RequestAborted.IsCancellationRequested)
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Attempt {Attempt} of {Method} {Path} met a cluster outage ({Failure}); trying again in {Pause} ms",
                        attempt, http.Request.Method, http.Request.Path, failure.GetType().Name, pause.TotalMilliseconds);
                }
                await Task.Delay(pause, http.RequestAborted);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private static bool Repeatable(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
        || !string.IsNullOrWhiteSpace(request.Headers[IdempotencyKey.Header]);
}
