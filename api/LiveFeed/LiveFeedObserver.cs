using Reception.Contracts.LiveFeed;
using Reception.Contracts.National;
using Reception.Contracts.Programs;

namespace Reception.Api.LiveFeed;

/// <summary>
/// The one observer this host registers with the grains (through an object reference); it hands every update, as
/// the grains coalesced it, to <see cref="FeedPublisher"/>, which numbers it and sends it to the hub group.
/// </summary>
public sealed class LiveFeedObserver(FeedPublisher publisher) : ILiveFeedObserver
{
    public Task PointUpdated(PointFeedUpdate update)
    {
        var summary = update.Summary;
        publisher.Publish(FeedTarget.Point(summary.Code), FeedMessages.PointUpdated,
            FeedMessages.Flatten(summary, new { update.Waits, update.QueueTotal, update.Queue, update.Notices }), summary.AsOf);
        return Task.CompletedTask;
    }

    public Task ProgramUpdated(ProgramSummary summary)
    {
        publisher.Publish(FeedTarget.Program(summary.Id), FeedMessages.ProgramUpdated, summary, summary.AsOf);
        // The summary holds counts only, so a manager's narrowed feed gets it whole.
        foreach (var narrowed in publisher.NarrowedFeedsOf(summary.Id))
        {
            publisher.Publish(narrowed, FeedMessages.ProgramUpdated, summary, summary.AsOf);
        }
        return Task.CompletedTask;
    }

    public Task NationalUpdated(NationalPicture picture)
    {
        publisher.Publish(FeedTarget.National, FeedMessages.NationalUpdated, picture, picture.AsOf);
        return Task.CompletedTask;
    }

    public Task PointAlertChanged(AlertChange change)
    {
        publisher.Publish(FeedTarget.Point(change.PointCode), FeedMessages.AlertChanged, change);
        return Task.CompletedTask;
    }

    public Task NationalAlertChanged(AlertChange change)
    {
        publisher.Publish(FeedTarget.National, FeedMessages.AlertChanged, change);
        return Task.CompletedTask;
    }

    public Task ReferralsAssigned(string programId, IReadOnlyList<ProgramQueueItem> referrals)
    {
        publisher.Publish(FeedTarget.Program(programId), FeedMessages.ReferralAssigned, new ReferralsAssignedMessage(programId, referrals));
        foreach (var narrowed in publisher.NarrowedFeedsOf(programId))
        {
            var theirs = referrals.Where(r => narrowed.PointCodes.Contains(r.PointCode, StringComparer.Ordinal)).ToList();
            if (theirs.Count > 0)
            {
                publisher.Publish(narrowed, FeedMessages.ReferralAssigned, new ReferralsAssignedMessage(programId, theirs));
            }
        }
        return Task.CompletedTask;
    }
}

/// <summary>The <c>referralAssigned</c> message: new referrals in a program's queue since the last message.</summary>
public sealed record ReferralsAssignedMessage(string ProgramId, IReadOnlyList<ProgramQueueItem> Referrals);
