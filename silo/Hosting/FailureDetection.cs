using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Reception.Silo.Hosting;

/// <summary>
/// Reception's cluster membership timings: a dead silo is declared dead in about three seconds instead of
/// Orleans' half a minute, so clients stall briefly. <c>Reception:Membership</c> overrides any of them.
/// </summary>
public static class FailureDetection
{
    /// <summary>
    /// The initial probe timeout (Orleans: 5 s); Orleans adapts it per silo between half and four times this
    /// from observed probe times, so a slow, loaded silo earns a longer timeout before it is suspected.
    /// </summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Missed probes before a silo is suspected and voted dead (Orleans: 3).</summary>
    public const int NumMissedProbesLimit = 3;

    /// <summary>Votes that declare a silo dead (Orleans: 2; with two silos Orleans needs only the survivor's).</summary>
    public const int NumVotesForDeathDeclaration = 2;

    /// <summary>How long a death vote counts (Orleans: 2 min).</summary>
    public static readonly TimeSpan DeathVoteExpirationTimeout = TimeSpan.FromSeconds(20);

    /// <summary>How often a silo reads the whole membership table (Orleans: 1 min).</summary>
    public static readonly TimeSpan TableRefreshTimeout = TimeSpan.FromSeconds(5);

    /// <summary>How often a silo writes its heartbeat to the table, which marks an entry that stopped writing as stale.</summary>
    public static readonly TimeSpan IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddReceptionFailureDetection(this IServiceCollection services)
    {
        services.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = ProbeTimeout;
            options.NumMissedProbesLimit = NumMissedProbesLimit;
            options.NumVotesForDeathDeclaration = NumVotesForDeathDeclaration;
            options.DeathVoteExpirationTimeout = DeathVoteExpirationTimeout;
            options.TableRefreshTimeout = TableRefreshTimeout;
            options.IAmAliveTablePublishTimeout = IAmAliveTablePublishTimeout;
        });
        return services;
    }
}
