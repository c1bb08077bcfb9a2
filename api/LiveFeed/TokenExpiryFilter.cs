using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Reception.Api.Auth;
using Reception.Contracts.Shared;

namespace Reception.Api.LiveFeed;

/// <summary>
/// A hub connection lives no longer than the token it was opened with: the token's expiry (<c>exp</c>), known at
/// connect, closes the connection when it comes, and any call that slips in after it is refused
/// (<c>unauthenticated</c>). A call whose account was disabled, changed or locked out since the token was issued is
/// refused the same way (<c>signInAgain</c>, <c>accountLockedOut</c>: <see cref="AccountStatusCache"/>) and closes
/// the connection. The client signs in again and reconnects with a fresh token.
/// </summary>
public sealed class TokenExpiryFilter(TimeProvider time, HubErrorFilter errors, ILoggerFactory loggers, IServiceProvider services) : IHubFilter
{
    private const string ExpiryKey = "reception.token-expiry";
    private const string TimerKey = "reception.token-expiry-timer";

    // TimeProvider timers take at most about 49 days; a longer-lived token is still refused per call.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromDays(30);

    private readonly ILogger _security = loggers.CreateLogger(SecurityLog.Category);
    private readonly AccountStatusCache? _accounts = services.GetService<AccountStatusCache>();
    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new(StringComparer.Ordinal);
    private int _watching;

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var caller = context.Context;
        if (_accounts is not null)
        {
            if (Interlocked.Exchange(ref _watching, 1) == 0)
            {
                _accounts.StatusChanged += CloseRefused;
            }
            _open[caller.ConnectionId] = caller;
        }
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

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var caller = invocationContext.Context;
        if (caller.Items.TryGetValue(ExpiryKey, out var value) && value is DateTimeOffset expires && time.GetUtcNow() >= expires)
        {
            Close(caller);
            throw errors.Refuse(caller, invocationContext.HubMethodName, "unauthenticated", Refusal.Of(ProblemCodes.Unauthenticated));
        }
        // Without the built-in issuer (an external authority) there are no accounts to check.
        if (_accounts is not null && caller.User is { } user && await _accounts.CheckAsync(user) is { } refusal)
        {
            throw errors.Refuse(caller, invocationContext.HubMethodName, "unauthenticated", refusal);
        }

        return await next(invocationContext);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _open.TryRemove(context.Context.ConnectionId, out _);
        if (context.Context.Items.TryGetValue(TimerKey, out var timer) && timer is ITimer expiry)
        {
            await expiry.DisposeAsync();
        }

        await next(context, exception);
    }

    // A disabled, changed or locked-out account's open connections are closed at once, so the feed stops reaching it.
    private void CloseRefused(string userName)
    {
        foreach (var caller in _open.Values)
        {
            if (caller.User is { } user && string.Equals(ActorAccess.UserName(user), userName, StringComparison.OrdinalIgnoreCase)
                && _accounts!.Check(user) is not null)
            {
                SecurityLog.HubAccountChanged(_security, caller.ConnectionId, userName);
                caller.Abort();
            }
        }
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
