namespace Reception.Contracts.LiveFeed;

/// <summary>Bound from the configuration section <see cref="Section"/>.</summary>
public sealed class LiveFeedOptions
{
    public const string Section = "Reception:LiveFeed";

    /// <summary>Coalescing rate: at most this many pushes per second per grain and message kind.</summary>
    public int MessagesPerSecond { get; set; } = 4;

    public static readonly TimeSpan SubscriptionExpiry = TimeSpan.FromMinutes(5);

    /// <summary>A <c>ReferralsAssigned</c> message names at most this many referrals (the most urgent); the client re-reads the queue anyway.</summary>
    public const int MaxReferralsPerMessage = 100;

    public TimeSpan Interval => TimeSpan.FromMilliseconds(1000.0 / Math.Clamp(MessagesPerSecond, 1, 100));
}
