using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reception.Contracts.Catalog;
using Reception.Contracts.LiveFeed;
using Reception.Contracts.National;
using Reception.Contracts.Points;
using Reception.Contracts.Returnees;
using Reception.Grains.Catalog;
using Reception.Grains.Reconciliation;
using Reception.Grains.Returnees;
using Reception.Grains.Shared;
using Reception.Grains.Telemetry;

namespace Reception.Grains.Points;

[GrainType("reception.point")]
internal sealed partial class ReceptionPointGrain(
    [PersistentState("point", StorageNames.Incremental)] IPersistentState<PointState> state,
    ICatalogCache catalog,
    TimeProvider time,
    IOptions<LiveFeedOptions> feedOptions,
    ILogger<ReceptionPointGrain> logger) : Grain, IReceptionPointGrain, IReconciliation
{
    private const int MaxNotices = 200;
    private static readonly TimeSpan NoticeRetention = TimeSpan.FromHours(48);
    private static readonly TimeSpan NationalReportEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan GaugesEvery = TimeSpan.FromSeconds(1);

    private readonly LiveFeed _feed = new(time, logger);
    private VersionedMirror<PointState, CaseUpdate>? _mirror;
    private AlertLevel? _lastAlert;
    private bool _queueChanged;
    private bool _noticesChanged;
    private PointSummary? _lastReported;
    private DateTimeOffset _lastReportedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _lastGaugedAt = DateTimeOffset.MinValue;

    private PointState S => state.State;

    private VersionedMirror<PointState, CaseUpdate> Mirror => _mirror ??= new(state, this, c => c.Version);

    private string Code => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        StartFeed();
        StartReconciliation();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        PointGauges.Forget(Code);
        return Task.CompletedTask;
    }

    public async Task<PointSummary> Configure(PointProfile profile, Actor? actor = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        profile = profile with
        {
            Code = profile.Code?.Trim().ToUpperInvariant() ?? "", Name = profile.Name?.Trim() ?? "", City = profile.City?.Trim() ?? "",
            State = MexicanStates.Normalize(profile.State) ?? profile.State?.Trim() ?? "", TimeZoneId = profile.TimeZoneId?.Trim() ?? "",
        };
        PointRules.ValidateProfile(profile, Code);
        if (S.Profile != profile)
        {
            S.Profile = profile;
            RollDay(time.GetUtcNow());
            await Mirror.WriteAsync();
        }
        await GrainFactory.GetGrain<ICatalogGrain>(ICatalogGrain.Key).UpsertPoint(profile, actor);
        catalog.Invalidate();
        StartFeed();
        return Summary(time.GetUtcNow());
    }

    public Task<PointSummary> GetSummary()
    {
        EnsureConfigured();
        return Task.FromResult(Summary(time.GetUtcNow()));
    }

    public Task<PointDetail> GetDetail()
    {
        EnsureConfigured();
        var now = time.GetUtcNow();
        var thisHour = HourIndex(now);
        var hourly = Enumerable.Range(0, 48)
            .Select(i => thisHour - 47 + i)
            .Select(h => new HourlyArrivals(DateTimeOffset.FromUnixTimeSeconds(h * 3600), S.HourlyArrivals.GetValueOrDefault(h)))
            .ToList();
        var unmet = S.UnmetToday.Where(u => u.Value > 0).OrderByDescending(u => u.Value).Select(u => new UnmetNeedCount(u.Key, u.Value)).ToList();
        return Task.FromResult(new PointDetail(Summary(now), S.Profile!.TimeZoneId, Queue(now), S.Present.Count, Notices(now), Waits(now), hourly, unmet));
    }

    public async Task<PointSummary> SetCapacity(PointCapacity capacity, Actor actor)
    {
        EnsureConfigured();
        actor.RequireRunPoint(Code);
        new FieldErrors().Capacity(capacity).ThrowIfAny();
        S.Profile = S.Profile! with { Capacity = capacity };
        await Mirror.WriteAsync();
        await GrainFactory.GetGrain<ICatalogGrain>(ICatalogGrain.Key).UpsertPoint(S.Profile, actor);
        catalog.Invalidate();
        return Summary(time.GetUtcNow());
    }

    public async Task<Notice> RecordNotice(NoticeCommand notice, Actor actor, string? idempotencyKey = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        EnsureConfigured();
        actor.RequireRunPoint(Code);
        var now = time.GetUtcNow();
        var reference = TextRules.Clean(notice.Reference);
        if (idempotencyKey is not null && S.NoticeKeys.TryGetValue(idempotencyKey, out var existingId)
            && S.Notices.FirstOrDefault(n => n.Id == existingId) is { } existing)
        {
            return existing.ExpectedAt == notice.ExpectedAt && existing.Headcount == notice.Headcount && existing.Minors == notice.Minors
                && existing.Transport == notice.Transport && existing.Reference == reference
                ? existing
                : throw ReceptionException.Conflict(ProblemCodes.IdempotencyKeyReused, ("key", idempotencyKey), ("existing", existing.Id));
        }
        PointRules.ValidateNotice(notice, now);
        if (idempotencyKey is { Length: > Limits.IdempotencyKeyLength })
        {
            throw ReceptionException.Invalid("idempotencyKey", ProblemCodes.IdempotencyKeyInvalid, ("max", Limits.IdempotencyKeyLength));
        }

        var recorded = new Notice(
            ArrivalRules.NoticeIdFor(Code, ++S.NextNoticeSequence), Code, notice.ExpectedAt!.Value, notice.Headcount!.Value, notice.Minors!.Value, notice.Transport!.Value,
            reference, now, actor.UserName, 0);
        S.Notices.Add(recorded);
        _noticesChanged = true;
        if (idempotencyKey is not null)
        {
            S.NoticeKeys[idempotencyKey] = recorded.Id;
        }
        PruneNotices(now);
        await Mirror.WriteAsync();
        return recorded;
    }

    /// <summary>
    /// Interleaved: mutates synchronously (one turn, so atomic), then awaits the write that holds the change, shared
    /// with the changes made meanwhile (<see cref="VersionedMirror{TState, TEntry}"/>).
    /// </summary>
    public async Task ApplyCase(CaseUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        EnsureConfigured();
        var now = time.GetUtcNow();
        RollDay(now);
        if (!Mirror.IsNews(update.CaseId, update.Version, out var old))
        {
            // Already applied; acknowledge only once the write that holds it is durable.
            await Mirror.Durable;
            return;
        }

        Apply(old, update, now);
        await Mirror.WriteAsync();
    }

    /// <summary>Applies a case's summary that is news (one turn, no I/O): counters, the person present or closed, pruning.</summary>
    private void Apply(CaseUpdate? old, CaseUpdate update, DateTimeOffset now)
    {
        Count(old, update, now);
        if (old is not null && old.Stage != update.Stage)
        {
            ReceptionMetrics.StageLeft(Code, old.Stage, update.EnteredStageAt - old.EnteredStageAt);
        }
        _queueChanged = true;
        if (update.IsTerminal || update.Stage != Stage.Arrived)
        {
            S.Desks.Remove(update.CaseId); // interviewed (or gone): the desk is free
        }
        S.PendingReferrals -= old?.PendingReferrals ?? 0;
        if (update.IsTerminal)
        {
            Mirror.Close(update.CaseId, update.Version, now);
        }
        else
        {
            Mirror.Keep(update.CaseId, update);
            S.PendingReferrals += update.PendingReferrals;
        }
        if (Mirror.Prune(now))
        {
            RemoveWhere(S.MinuteArrivals, m => m <= MinuteIndex(now) - 60);
            RemoveWhere(S.HourlyArrivals, h => h <= HourIndex(now) - 48);
            PruneNotices(now);
        }
    }

    public Task Subscribe(ILiveFeedObserver observer)
    {
        _feed.Subscribe(observer);
        StartFeed();
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ILiveFeedObserver observer)
    {
        _feed.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private PointSummary Summary(DateTimeOffset now) => Snapshot(now).Summary;

    /// <summary>The people present, most urgent and longest waiting first, at most <see cref="PointDetail.QueueLimit"/>.</summary>
    private List<QueueEntry> Queue(DateTimeOffset now) => S.Present.Values
        .ByUrgency(c => c.Priority, c => c.PriorityScore, c => c.EnteredStageAt)
        .Take(PointDetail.QueueLimit)
        .Select(c => new QueueEntry(
            c.CaseId, c.Stage, Seconds(now - c.EnteredStageAt), c.Priority, c.PriorityScore, c.Flags, c.ArrivedAt, c.EnteredStageAt,
            c.PendingReferrals, c.FirstServiceAt is not null, c.GivenNames, c.Surnames, c.FamilyGroupId, c.Custody, c.CustodyDueAt,
            c.CustodyDueAt < now, S.Desks.GetValueOrDefault(c.CaseId)))
        .ToList();

    private List<Notice> Notices(DateTimeOffset now) => S.Notices.Where(n => n.ExpectedAt >= now - NoticeRetention).OrderBy(n => n.ExpectedAt).ToList();

    private WaitStats Waits(DateTimeOffset now)
    {
        var waiting = S.Present.Values.Where(c => c.FirstServiceAt is null).Select(c => Seconds(now - c.ArrivedAt)).Order().ToList();
        return new WaitStats(
            S.FirstServiceBuckets.Sum(), WaitHistogram.Quantile(S.FirstServiceBuckets, 0.5), WaitHistogram.Quantile(S.FirstServiceBuckets, 0.9),
            waiting.Count, WaitHistogram.Quantile(waiting, 0.5), WaitHistogram.Quantile(waiting, 0.9));
    }

    private (PointSummary Summary, string Reason) Snapshot(DateTimeOffset now)
    {
        RollDay(now);
        var profile = S.Profile!;
        var expected = S.Notices
            .Where(n => n.ExpectedAt >= now - AlertRules.LateGrace && n.ExpectedAt <= now + AlertRules.Horizon)
            .Sum(n => Math.Max(0, n.Headcount - n.Arrived));
        var projected = S.Present.Count + expected;
        var firstMinute = MinuteIndex(now) - 59;
        var lastHour = S.MinuteArrivals.Where(m => m.Key >= firstMinute).Sum(m => m.Value);
        var (level, reason) = AlertRules.Evaluate(profile.Capacity, S.Present.Count, projected, lastHour);
        var summary = new PointSummary(
            profile.Code, profile.Name, profile.City, profile.State, profile.Kind, profile.Capacity, S.Present.Count, S.Arrived, lastHour,
            S.PendingReferrals, level, expected, projected, S.UnmetToday.Values.Sum(),
            new PointCounts(S.Arrived, S.Assessed, S.Referred, S.Served, S.Departed, S.Transferred), now,
            CustodyOverdue: S.Present.Values.Count(c => c.CustodyDueAt < now), Inactive: profile.Inactive, TimeZone: profile.TimeZoneId, AlertReason: reason);
        return (summary, reason.Describe());
    }

    private void StartFeed()
    {
        if (S.Profile is null)
        {
            return;
        }
        _lastAlert ??= Summary(time.GetUtcNow()).AlertLevel;
        _feed.Start(this, feedOptions.Value.Interval, Tick);
    }

    /// <summary>
    /// Once per live-feed interval: the summary (with the queue and notices if they changed) to the hosts watching when it changed, an alert change when the level
    /// moved, and the summary to the national grain when it changed, at most once a second.
    /// </summary>
    private void Tick()
    {
        if (S.Profile is null)
        {
            return;
        }
        var now = time.GetUtcNow();
        var (summary, reason) = Snapshot(now);
        var timeless = summary with { AsOf = default };
        if (_feed.Offer(timeless, _queueChanged || _noticesChanged))
        {
            if (_feed.IsWatched)
            {
                var update = new PointFeedUpdate(summary, Waits(now), S.Present.Count, _queueChanged ? Queue(now) : null, _noticesChanged ? Notices(now) : null);
                _feed.Send(o => o.PointUpdated(update));
            }
            _queueChanged = _noticesChanged = false;
        }
        if (_lastAlert is { } previous && previous != summary.AlertLevel)
        {
            var change = new AlertChange(Code, previous, summary.AlertLevel, reason, now, summary.AlertReason);
            _feed.Send(o => o.PointAlertChanged(change));
        }
        _lastAlert = summary.AlertLevel;
        if (now - _lastGaugedAt >= GaugesEvery && ReceptionMetrics.PointGaugesObserved)
        {
            _lastGaugedAt = now;
            PointGauges.Report(Code, GaugeSample(summary.AlertLevel, now));
        }
        if (timeless != _lastReported && now - _lastReportedAt >= NationalReportEvery)
        {
            _lastReported = timeless;
            _lastReportedAt = now;
            _ = GrainFactory.GetGrain<INationalGrain>(INationalGrain.Key).ReportPoint(summary);
        }
    }

    /// <summary>People and the longest wait per stage, for the metrics (one pass over the people present).</summary>
    private PointSample GaugeSample(AlertLevel alert, DateTimeOffset now)
    {
        var stages = new Dictionary<Stage, (int People, TimeSpan OldestWait)>();
        foreach (var c in S.Present.Values)
        {
            var (people, oldest) = stages.GetValueOrDefault(c.Stage);
            stages[c.Stage] = (people + 1, now - c.EnteredStageAt > oldest ? now - c.EnteredStageAt : oldest);
        }
        return new PointSample(alert, stages);
    }

    private void EnsureConfigured()
    {
        if (S.Profile is null)
        {
            throw ReceptionException.NotFound(ProblemCodes.PointNotFound, ("point", Code));
        }
    }

    private void PruneNotices(DateTimeOffset now)
    {
        S.Notices.RemoveAll(n => n.ExpectedAt < now - NoticeRetention);
        if (S.Notices.Count > MaxNotices)
        {
            S.Notices = S.Notices.OrderByDescending(n => n.ExpectedAt).Take(MaxNotices).OrderBy(n => n.ExpectedAt).ToList();
        }
        var ids = S.Notices.Select(n => n.Id).ToHashSet();
        foreach (var key in S.NoticeKeys.Where(k => !ids.Contains(k.Value)).Select(k => k.Key).ToList())
        {
            S.NoticeKeys.Remove(key);
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
                _noticesChanged = true;
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

    private static void RemoveWhere(Dictionary<long, int> buckets, Func<long, bool> stale)
    {
        foreach (var key in buckets.Keys.Where(stale).ToList())
        {
            buckets.Remove(key);
        }
    }

    private static long Seconds(TimeSpan span) => Math.Max(0, (long)span.TotalSeconds);

    private static long HourIndex(DateTimeOffset at) => at.ToUnixTimeSeconds() / 3600;

    private static long MinuteIndex(DateTimeOffset at) => at.ToUnixTimeSeconds() / 60;
}
