using Reception.Contracts.LiveFeed;
using Reception.Contracts.National;
using Reception.Contracts.Points;

namespace Reception.Grains.Points;

/// <summary>
/// The live summary, its coalesced push to subscribers (at most one PointUpdated per interval, only when changed),
/// alert changes, and the report to the national grain (only when changed, at most once a second).
/// </summary>
internal sealed partial class ReceptionPointGrain
{
    private const long NationalReportEveryMs = 1000;

    private IGrainTimer? _feedTimer;
    private PointSummary? _lastPushed;
    private PointSummary? _lastReported;
    private long _lastReportedAt = long.MinValue / 2;
    private AlertLevel? _lastAlert;

    private PointSummary Summary(DateTimeOffset now) => Snapshot(now).Summary;

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
            new PointCounts(S.Arrived, S.Assessed, S.Referred, S.Served, S.Departed, S.Transferred), now);
        return (summary, reason);
    }

    private void StartFeed()
    {
        if (_feedTimer is not null || S.Profile is null)
        {
            return;
        }
        _lastAlert = Summary(time.GetUtcNow()).AlertLevel;
        var interval = feedOptions.Value.Interval;
        _feedTimer = this.RegisterGrainTimer(PushAsync, new GrainTimerCreationOptions(interval, interval));
    }

    private Task PushAsync(CancellationToken cancellationToken)
    {
        if (S.Profile is null)
        {
            return Task.CompletedTask;
        }
        var now = time.GetUtcNow();
        var (summary, reason) = Snapshot(now);
        var comparable = summary with { AsOf = default };
        if (comparable != _lastPushed)
        {
            _lastPushed = comparable;
            if (_observers.Count > 0)
            {
                _observers.Notify(o => o.PointUpdated(summary));
            }
        }
        if (_lastAlert is { } previous && previous != summary.AlertLevel && _observers.Count > 0)
        {
            var change = new AlertChange(Code, previous, summary.AlertLevel, reason, now);
            _observers.Notify(o => o.PointAlertChanged(change));
        }
        _lastAlert = summary.AlertLevel;
        if (comparable != _lastReported && Environment.TickCount64 - _lastReportedAt >= NationalReportEveryMs)
        {
            _lastReported = comparable;
            _lastReportedAt = Environment.TickCount64;
            _ = GrainFactory.GetGrain<INationalGrain>(INationalGrain.Key).ReportPoint(summary);
        }
        return Task.CompletedTask;
    }
}
