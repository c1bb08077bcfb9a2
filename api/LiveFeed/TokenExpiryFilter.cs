using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Reception.Api.Auth;
using Reception.Contracts.Shared;

namespace Reception.Api.LiveFeed;

/// <summary>
/// A hub connection lives no longer than the token it was opened with: the token's expiry (<c>exp</c>), known at
/// connect, closes the connection when it comes, and any call that slips in after it is refused
/// (<c>unauthenticated</c>). The client signs in again and reconnects with a fresh token.
/// </summary>
public sealed class TokenExpiryFilter(TimeProvider time, HubErrorFilter errors, ILoggerFactory loggers) : IHubFilter
{
    private const string ExpiryKey = "reception.token-expiry";
    private const string TimerKey = "reception.token-expiry-timer";

    // TimeProvider timers take at most about 49 days; a longer-lived token is still refused per call.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromDays(30);

    private readonly ILogger _security = loggers.CreateLogger(SecurityLog.Category);

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var caller = context.Context;
        if (ExpiryOf(caller) is { } expires)
        {
            caller.Items[ExpiryKey] = expires;
            var remaining = expires - time.GetUtcNow();
            if (remaining < LongestTimer)
            {
                caller.Items[TimerKey] = time.CreateTimer(_ => Close(caller), null,
                    remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }

        await next(context);
    }

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var caller = invocationContext.Context;
        if (caller.Items.TryGetValue(ExpiryKey, out var value) && value is DateTimeOffset expires && time.GetUtcNow() >= expires)
        {
            Close(caller);
            throw errors.Refuse(caller, invocationContext.HubMethodName, "unauthenticated", Refusal.Of(ProblemCodes.Unauthenticated));
        }

        return next(invocationContext);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.TryGetValue(TimerKey, out var timer) && timer is ITimer expiry)
        {
            await expiry.DisposeAsync();
        }

        await next(context, exception);
    }

    private void Close(HubCallerContext caller)
    {
        SecurityLog.HubTokenExpired(_security, caller.ConnectionId, caller.User?.Identity?.Name);
        caller.Abort();
    }

    private static DateTimeOffset? ExpiryOf(HubCallerContext caller) =>
        caller.User?.FindFirst(ReceptionClaims.Expires)?.Value is { } exp
        && long.TryParse(exp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
