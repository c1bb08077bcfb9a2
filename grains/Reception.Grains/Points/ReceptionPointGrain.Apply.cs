using Reception.Contracts.Points;
using Reception.Contracts.Returnees;
using Reception.Grains.Shared;
using Reception.Grains.Storage;

namespace Reception.Grains.Points;

/// <summary>
/// Applying case updates. Interleaved: each call mutates synchronously (one turn, so atomic) and then awaits the
/// write; writes asked for while one is in flight share the next one (<see cref="GroupCommit"/>).
/// </summary>
internal sealed partial class ReceptionPointGrain
{

    private GroupCommit? _commit;

    private GroupCommit Commit => _commit ??= new GroupCommit(state.WriteStateAsync);
    private long _lastPruneMinute;

    public async Task ApplyCase(CaseUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        EnsureConfigured();
        var now = time.GetUtcNow();
        RollDay(now);
        S.Present.TryGetValue(update.CaseId, out var old);
        if (old?.Version >= update.Version || (S.Tombstones.TryGetValue(update.CaseId, out var tomb) && tomb.Version >= update.Version))
        {
            // Already applied; acknowledge only once the write that holds it is durable.
            await Commit.Latest;
            return;
        }

        Count(old, update, now);
        S.PendingReferrals -= old?.PendingReferrals ?? 0;
        if (update.IsTerminal)
        {
            S.Present.Remove(update.CaseId);
            S.Tombstones[update.CaseId] = new Tombstone(update.Version, now);
        }
        else
        {
            S.Present[update.CaseId] = update;
            S.PendingReferrals += update.PendingReferrals;
        }
        Prune(now);

        try
        {
            await Commit.WriteAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Counter changes derived from the old and new summaries of the case, so redelivery never counts twice.</summary>
    private void Count(CaseUpdate? old, CaseUpdate update, DateTimeOffset now)
    {
        var zone = S.Profile!.TimeZoneId;
        bool Today(DateTimeOffset? at) => at is { } value && LocalTime.Date(zone, value) == S.Day;

        if (old is null)
        {
            if (Today(update.ArrivedAt))
            {
                S.Arrived++;
            }
            var hour = HourIndex(update.ArrivedAt);
            if (hour > HourIndex(now) - 48)
            {
                S.HourlyArrivals[hour] = S.HourlyArrivals.GetValueOrDefault(hour) + 1;
            }
            var minute = MinuteIndex(update.ArrivedAt);
            if (minute > MinuteIndex(now) - 60)
            {
                S.MinuteArrivals[minute] = S.MinuteArrivals.GetValueOrDefault(minute) + 1;
            }
            if (update.NoticeId is { } noticeId && S.Notices.FindIndex(n => n.Id == noticeId) is var index and >= 0)
            {
                S.Notices[index] = S.Notices[index] with { Arrived = S.Notices[index].Arrived + 1 };
            }
        }
        if (old?.AssessedAt is null && Today(update.AssessedAt))
        {
            S.Assessed++;
        }
        S.Referred += Math.Max(0, update.ReferralsCreated - (old?.ReferralsCreated ?? 0));
        S.Served += Math.Max(0, update.ReferralsCompleted - (old?.ReferralsCompleted ?? 0));
        if (old?.FirstServiceAt is null && update.FirstServiceAt is { } served && Today(served))
        {
            WaitHistogram.Add(S.FirstServiceBuckets, served - update.ArrivedAt);
        }
        foreach (var need in update.UnmetNeeds.Except(old?.UnmetNeeds ?? []))
        {
            S.UnmetToday[need] = S.UnmetToday.GetValueOrDefault(need) + 1;
        }
        if (update.IsTerminal && Today(update.EnteredStageAt))
        {
            if (update.Stage == Stage.Departed)
            {
                S.Departed++;
            }
            else
            {
                S.Transferred++;
            }
        }
    }

    private void RollDay(DateTimeOffset now)
    {
        if (S.Profile is null)
        {
            return;
        }
        var today = LocalTime.Date(S.Profile.TimeZoneId, now);
        if (today == S.Day)
        {
            return;
        }
        S.Day = today;
        S.Arrived = S.Assessed = S.Referred = S.Served = S.Departed = S.Transferred = 0;
        S.FirstServiceBuckets = new int[WaitHistogram.BucketCount];
        S.UnmetToday.Clear();
    }

    private void Prune(DateTimeOffset now)
    {
        var minute = MinuteIndex(now);
        if (minute == _lastPruneMinute && !TombstonePruning.OverCap(S.Tombstones))
        {
            return;
        }
        _lastPruneMinute = minute;
        RemoveWhere(S.MinuteArrivals, m => m <= minute - 60);
        RemoveWhere(S.HourlyArrivals, h => h <= HourIndex(now) - 48);
        TombstonePruning.Prune(S.Tombstones, now);
        PruneNotices(now);
    }

    private static void RemoveWhere(Dictionary<long, int> buckets, Func<long, bool> stale)
    {
        foreach (var key in buckets.Keys.Where(stale).ToList())
        {
            buckets.Remove(key);
        }
    }
}
