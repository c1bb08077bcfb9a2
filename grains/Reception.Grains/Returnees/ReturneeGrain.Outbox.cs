using Microsoft.Extensions.Logging;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Grains.Telemetry;

namespace Reception.Grains.Returnees;

/// <summary>
/// Durability and delivery. A change is acknowledged after the record (with its outbox) is written and the outbox
/// delivered; if delivery fails the command still succeeds and the outbox is redelivered by a timer with backoff
/// while active, on every activation, by a reminder registered only on this failure path, and when a receiver that
/// finds itself behind the record asks (<see cref="IOutboxSender"/>): a case whose silo died between its write and its
/// delivery holds a stored outbox that nothing else would activate it to deliver.
/// </summary>
internal sealed partial class ReturneeGrain
{
    private const string OutboxReminder = "outbox";
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    private IGrainTimer? _retryTimer;
    private TimeSpan _backoff;
    private bool _reminderActive;

    private async Task CommitAsync(IReadOnlyCollection<string> touchedReferrals)
    {
        S.Version++;
        S.PendingPointUpdate = PointUpdate();
        foreach (var referralId in touchedReferrals.Distinct())
        {
            S.PendingReferralUpdates[referralId] = ReferralUpdate(Referral(referralId));
        }
        TouchReferrals(touchedReferrals);
        await SaveAsync();
        await DeliverOutboxAsync();
    }

    private CaseUpdate PointUpdate() => new(
        CaseId, S.Version, PointCode, S.Stage, S.EnteredStageAt, S.ArrivedAt, S.Priority, S.PriorityScore, S.Flags.ToList(),
        S.Arrival!.NoticeId, S.FirstAssessedAt,
        ReferralsCreated: S.Referrals.Count,
        ReferralsCompleted: S.Referrals.Count(r => r.Status == ReferralStatus.Completed),
        PendingReferrals: S.Referrals.Count(r => r.Status == ReferralStatus.Pending),
        S.FirstServiceAt, S.UnmetNeeds.ToList(), S.Arrival.GivenNames, S.Arrival.Surnames, S.FamilyGroupId,
        S.NeedsCustody ? S.CustodyStatus : null, S.NeedsCustody ? CustodyDueAt : null);

    private ReferralUpdate ReferralUpdate(ReferralView r) => new(
        r.ReferralId, CaseId, r.ProgramId, S.Version, r.Status, PointCode, S.Priority, S.PriorityScore, S.Flags.ToList(),
        r.CreatedAt, r.StatusChangedAt, r.Automatic,
        CustodyOf(r) ? S.CustodyStatus : null, CustodyOf(r) ? S.ArrivedAt : null, CustodyOf(r) ? CustodyDueAt : null,
        S.Arrival!.GivenNames, S.Arrival.Surnames, S.AgeAtArrival, S.SharesAssessment, S.TimeZoneId);

    // The child-protection program following an unaccompanied child hears where its custody stands.
    private bool CustodyOf(ReferralView r) => S.NeedsCustody && r.ProgramId == S.CustodyProgramId;

    private async Task DeliverOutboxAsync()
    {
        var deliveries = new List<Task>();
        var closing = false;
        if (S.PendingPointUpdate is { } pointUpdate)
        {
            closing |= pointUpdate.IsTerminal;
            deliveries.Add(DeliverAsync(pointUpdate));
        }
        foreach (var referralUpdate in S.PendingReferralUpdates.Values.ToList())
        {
            closing |= !referralUpdate.IsActive;
            deliveries.Add(DeliverAsync(referralUpdate));
        }
        if (deliveries.Count == 0)
        {
            return;
        }
        try
        {
            // A timeout, not a clock read: measured on real time so a frozen test clock cannot hang a command.
            await Task.WhenAll(deliveries).WaitAsync(DeliveryTimeout);
        }
        catch (Exception e)
        {
            LogDeliveryFailed(logger, e, CaseId);
        }
        if (S.HasOutbox)
        {
            ScheduleRetry(null);
            await EnsureReminderAsync();
            return;
        }
        _backoff = TimeSpan.Zero;
        if (closing)
        {
            // Receivers forget closed cases and finished referrals after a while; persisting the empty outbox
            // means a later activation cannot redeliver a stale update and bring them back.
            try
            {
                await SaveAsync();
            }
            catch (Exception e)
            {
                LogDeliveryFailed(logger, e, CaseId);
            }
        }
        if (_reminderActive)
        {
            await StopReminderAsync();
        }
    }

    private async Task DeliverAsync(CaseUpdate update)
    {
        await GrainFactory.GetGrain<IReceptionPointGrain>(update.PointCode).ApplyCase(update);
        if (ReferenceEquals(S.PendingPointUpdate, update))
        {
            S.PendingPointUpdate = null;
        }
    }

    private async Task DeliverAsync(ReferralUpdate update)
    {
        await GrainFactory.GetGrain<IProgramGrain>(update.ProgramId).ApplyReferral(update);
        if (S.PendingReferralUpdates.TryGetValue(update.ReferralId, out var current) && ReferenceEquals(current, update))
        {
            S.PendingReferralUpdates.Remove(update.ReferralId);
        }
    }

    private void ScheduleRetry(TimeSpan? dueTime)
    {
        _backoff = _backoff == TimeSpan.Zero ? FirstBackoff : TimeSpan.FromTicks(Math.Min(_backoff.Ticks * 2, MaxBackoff.Ticks));
        _retryTimer?.Dispose();
        _retryTimer = this.RegisterGrainTimer(
            RetryAsync,
            new GrainTimerCreationOptions(dueTime ?? _backoff, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync();
        if (S.HasOutbox)
        {
            ReceptionMetrics.OutboxRedelivered("timer");
            await DeliverOutboxAsync();
        }
    }

    private async Task EnsureReminderAsync()
    {
        if (_reminderActive)
        {
            return;
        }
        try
        {
            await this.RegisterOrUpdateReminder(OutboxReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            _reminderActive = true;
        }
        catch (Exception e)
        {
            LogReminderFailed(logger, e, CaseId);
        }
    }

    private async Task StopReminderAsync()
    {
        try
        {
            if (await this.GetReminder(OutboxReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
            _reminderActive = false;
        }
        catch (Exception e)
        {
            LogReminderFailed(logger, e, CaseId);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != OutboxReminder)
        {
            return;
        }
        _reminderActive = true;
        await EnsureLoadedAsync();
        if (S.HasOutbox)
        {
            ReceptionMetrics.OutboxRedelivered("reminder");
            await DeliverOutboxAsync();
        }
        else
        {
            await StopReminderAsync();
        }
    }

    public async Task<bool> RedeliverOutbox()
    {
        await EnsureLoadedAsync();
        if (!S.HasOutbox)
        {
            return false;
        }
        ReceptionMetrics.OutboxRedelivered("receiver");
        await DeliverOutboxAsync();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox delivery for case {CaseId} failed; it will be retried.")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string caseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not change the outbox reminder of case {CaseId}.")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string caseId);
}
