using Reception.Contracts.LiveFeed;
using Reception.Contracts.National;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Api.LiveFeed;

/// <summary>
/// The one observer this host registers with the grains (through an object reference); it hands every update
/// to <see cref="FeedPublisher"/>, which coalesces and forwards it to the hub groups.
/// </summary>
public sealed class LiveFeedObserver(FeedPublisher publisher) : ILiveFeedObserver
{
    private const int MaxReferralsPerMessage = 100;

    public Task PointUpdated(PointSummary summary)
    {
        publisher.Offer(FeedTarget.Point(summary.Code), FeedMessages.PointUpdated, summary, Latest<PointSummary>(s => s.AsOf));
        return Task.CompletedTask;
    }

    public Task ProgramUpdated(ProgramSummary summary)
    {
        publisher.Offer(FeedTarget.Program(summary.Id), FeedMessages.ProgramUpdated, summary, Latest<ProgramSummary>(s => s.AsOf));
        return Task.CompletedTask;
    }

    public Task NationalUpdated(NationalPicture picture)
    {
        publisher.Offer(FeedTarget.National, FeedMessages.NationalUpdated, picture, Latest<NationalPicture>(p => p.AsOf));
        return Task.CompletedTask;
    }

    public Task PointAlertChanged(AlertChange change)
    {
        _ = publisher.SendNowAsync(FeedTarget.Point(change.PointCode), FeedMessages.AlertChanged, change);
        return Task.CompletedTask;
    }

    public Task NationalAlertChanged(AlertChange change)
    {
        _ = publisher.SendNowAsync(FeedTarget.National, FeedMessages.AlertChanged, change);
        return Task.CompletedTask;
    }

    public Task ReferralsAssigned(string programId, IReadOnlyList<ProgramQueueItem> referrals)
    {
        publisher.Offer(FeedTarget.Program(programId), FeedMessages.ReferralAssigned, new ReferralsAssignedMessage(programId, referrals),
            (pending, next) => new ReferralsAssignedMessage(programId,
                ((ReferralsAssignedMessage)pending).Referrals.Concat(((ReferralsAssignedMessage)next).Referrals)
                    .DistinctBy(r => r.ReferralId).TakeLast(MaxReferralsPerMessage).ToArray()));
        return Task.CompletedTask;
    }

    // Keeps the newer of two summaries, should an older one arrive late.
    private static Func<object, object, object> Latest<T>(Func<T, DateTimeOffset> asOf) =>
        (pending, next) => asOf((T)next) >= asOf((T)pending) ? next : pending;
}

/// <summary>The <c>referralAssigned</c> message: new referrals in a program's queue since the last message.</summary>
public sealed record ReferralsAssignedMessage(string ProgramId, IReadOnlyList<ProgramQueueItem> Referrals);
