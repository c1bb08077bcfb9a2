using System.Threading.RateLimiting;

namespace Reception.Api.Auth;

/// <summary>
/// The per-address abuse limit of the token endpoint: it counts only failed sign-ins
/// (<see cref="AuthSettings.SignInFailuresPerMinute"/> a minute from one address), so the desks of a point behind
/// one shared address are never refused for signing in, however many they are.
/// </summary>
public sealed class SignInFailureLimit(AuthSettings auth) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, auth.SignInFailuresPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public int PerMinute => auth.SignInFailuresPerMinute;

    /// <summary>Whether the address has used up its failures for this minute.</summary>
    public bool IsExhausted(string address) => _failures.GetStatistics(address)?.CurrentAvailablePermits == 0;

    public void CountFailure(string address) => _failures.AttemptAcquire(address).Dispose();

    public void Dispose() => _failures.Dispose();
}
