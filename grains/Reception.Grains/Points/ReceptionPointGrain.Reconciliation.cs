using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Reception.Contracts.Points;
using Reception.Grains.Reconciliation;
using Reception.Grains.Records;
using Reception.Grains.Returnees;
using Reception.Grains.Telemetry;

namespace Reception.Grains.Points;

/// <summary>
/// The point checked against the record (docs/record.md, "Reconciliation"): on activation and every
/// <see cref="ReconciliationOptions.Interval"/> while people are present. The record is written before the outbox is
/// delivered, so a difference may be an update in flight: a difference is first only noted, and its case asked to
/// redeliver its outbox (which also wakes a case whose silo died between its write and its delivery). It is drift
/// only when a later check still sees it, at the same version of the case, after the case answered that it had
/// nothing left to deliver and the grace has passed. Drift is repaired from the record, logged and counted: a repair
/// is an alarm, not a routine.
/// </summary>
internal sealed partial class ReceptionPointGrain
{
    private readonly DriftSuspects _suspects = new();
    private IGrainTimer? _reconcileTimer;
    private bool _reconciledOnce;
    private (PointCounts Recorded, PointCounts Live, long Since)? _counterDrift;

    private ReconciliationOptions ReconcileOptions => ServiceProvider.GetRequiredService<IOptions<ReconciliationOptions>>().Value;

    private void StartReconciliation()
    {
        if (ServiceProvider.GetService<ILiveRecord>() is null || _reconcileTimer is not null || !ReconcileOptions.Enabled)
        {
            return;
        }
        _reconcileTimer = this.RegisterGrainTimer(
            _ => ReconcileWhenDueAsync(),
            new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), ReconcileOptions.Interval) { KeepAlive = false });
    }

    private async Task ReconcileWhenDueAsync()
    {
        if (S.Profile is null || (_reconciledOnce && S.Present.Count == 0 && _suspects.Count == 0 && _counterDrift is null))
        {
            return;
        }
        try
        {
            await ReconcileAsync(ReconcileOptions.Grace);
        }
        catch (Exception e)
        {
            LogReconciliationFailed(logger, e, Code);
        }
    }

    public Task<int> ReconcileNow()
    {
        EnsureConfigured();
        return ReconcileAsync(TimeSpan.Zero);
    }

    private async Task<int> ReconcileAsync(TimeSpan grace)
    {
        var liveRecord = ServiceProvider.GetRequiredService<ILiveRecord>();
        var serializer = ServiceProvider.GetRequiredService<Serializer>();
        var stored = (await liveRecord.OpenCasesOfPointAsync(Code)).ToDictionary(c => c.CaseId, StringComparer.Ordinal);
        var left = S.Present.Select(p => p.Key).Where(id => !stored.ContainsKey(id)).ToList();
        foreach (var c in await liveRecord.CasesAsync(left))
        {
            stored[c.CaseId] = c;
        }
        var recorded = new Dictionary<string, Recorded>(StringComparer.Ordinal);
        foreach (var c in stored.Values)
        {
            if (serializer.Deserialize<ReturneeState>(c.State) is { Arrival.PointCode: var point } state && point == Code)
            {
                recorded[c.CaseId] = new Recorded(state.Version, state.IsClosed, state.PendingPointUpdate);
            }
        }

        // What differs now (the awaits above let deliveries interleave, so this reads the state after them).
        var differing = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (id, record) in recorded)
        {
            if (Difference(id, record) is not null)
            {
                differing[id] = record.Version;
            }
        }
        foreach (var id in S.Present.Select(p => p.Key).Where(id => !recorded.ContainsKey(id)))
        {
            differing[id] = -1;
        }
        var repairs = 0;
        foreach (var id in _suspects.Confirm(differing, grace))
        {
            var record = recorded.GetValueOrDefault(id);
            if (Difference(id, record) is { } what)
            {
                Repair(id, record, what);
                repairs++;
            }
            _suspects.Forget(id);
        }
        if (repairs > 0)
        {
            _queueChanged = true;
            await Mirror.WriteAsync();
        }

        // Ask the cases still differing to deliver what they hold; one that has nothing left is settled.
        foreach (var id in _suspects.Unsettled)
        {
            try
            {
                if (!await GrainFactory.GetGrain<IOutboxSender>(id).RedeliverOutbox())
                {
                    _suspects.Settle(id);
                }
            }
            catch (Exception e)
            {
                LogRedeliveryRequestFailed(logger, e, Code, id);
            }
        }

        if (_suspects.Count == 0)
        {
            repairs += await ReconcileCountersAsync(grace, Environment.TickCount64);
        }
        _reconciledOnce = true;
        return repairs;
    }

    private string? Difference(string id, Recorded? record)
    {
        var held = S.Present.TryGetValue(id, out var entry) ? entry : null;
        if (record is null)
        {
            return held is null ? null : "unknown";
        }
        if (record.Closed)
        {
            return held is null ? null : "closed";
        }
        if (record.Update is null || (S.Tombstones.TryGetValue(id, out var tombstone) && tombstone.Version >= record.Version))
        {
            // A case moved from an earlier release without a summary, or one the point saw close later: nothing to compare.
            return null;
        }
        return held is null ? "missing" : held.Version < record.Update.Version ? "stale" : null;
    }

    private void Repair(string id, Recorded? record, string what)
    {
        var held = S.Present.TryGetValue(id, out var entry) ? entry : null;
        LogRepaired(logger, Code, id, what, held?.Version, record?.Version);
        ReceptionMetrics.ReconciliationRepaired("point", what);
        S.PendingReferrals -= held?.PendingReferrals ?? 0;
        if (record?.Update is { } update && !record.Closed)
        {
            // The person as the record has them; today's counters are checked against the record separately.
            Mirror.Keep(id, update);
            S.PendingReferrals += update.PendingReferrals;
        }
        else if (record is not null)
        {
            Mirror.Close(id, record.Version, time.GetUtcNow());
        }
        else
        {
            S.Present.Remove(id);
        }
    }

    /// <summary>Today's counters against the daily figures of the record; a difference that lasts is repaired.</summary>
    private async Task<int> ReconcileCountersAsync(TimeSpan grace, long now)
    {
        if (ServiceProvider.GetService<IDailyFigures>() is not { } figures)
        {
            return 0;
        }
        RollDay(time.GetUtcNow());
        var day = S.Day;
        var recorded = (await figures.PointDaysAsync(Code, day, day)).Single().Counts;
        var live = LiveCounts();
        if (day != S.Day || recorded == live)
        {
            _counterDrift = null;
            return 0;
        }
        if (_counterDrift is not { } drift || drift.Recorded != recorded || drift.Live != live)
        {
            _counterDrift = (recorded, live, now);
            return 0;
        }
        if (TimeSpan.FromMilliseconds(now - drift.Since) < grace)
        {
            return 0;
        }
        var repairs = 0;
        foreach (var (what, held, record) in new[]
        {
            ("arrived", live.Arrived, recorded.Arrived), ("assessed", live.Assessed, recorded.Assessed),
            ("referred", live.Referred, recorded.Referred), ("served", live.Served, recorded.Served),
            ("departed", live.Departed, recorded.Departed), ("transferred", live.Transferred, recorded.Transferred),
        })
        {
            if (held != record)
            {
                LogCounterRepaired(logger, Code, what, day, held, record);
                ReceptionMetrics.ReconciliationRepaired("point", what);
                repairs++;
            }
        }
        (S.Arrived, S.Assessed, S.Referred, S.Served, S.Departed, S.Transferred) =
            (recorded.Arrived, recorded.Assessed, recorded.Referred, recorded.Served, recorded.Departed, recorded.Transferred);
        _counterDrift = null;
        await Mirror.WriteAsync();
        return repairs;
    }

    private PointCounts LiveCounts() => new(S.Arrived, S.Assessed, S.Referred, S.Served, S.Departed, S.Transferred);

    /// <summary>What the record says of a case: its summary version, whether it left, and its latest summary for the point.</summary>
    private sealed record Recorded(long Version, bool Closed, CaseUpdate? Update);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Reconciliation repaired point {Point}: case {CaseId} was {What} (the point held version {HeldVersion}, the record {RecordVersion}).")]
    private static partial void LogRepaired(ILogger logger, string point, string caseId, string what, long? heldVersion, long? recordVersion);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Reconciliation repaired point {Point}: {What} on {Day} was {Live}, the record says {Recorded}.")]
    private static partial void LogCounterRepaired(ILogger logger, string point, string what, DateOnly day, int live, int recorded);

    [LoggerMessage(Level = LogLevel.Information, Message = "Point {Point} could not ask case {CaseId} to redeliver its outbox; the next check asks again.")]
    private static partial void LogRedeliveryRequestFailed(ILogger logger, Exception exception, string point, string caseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation of point {Point} with the record failed; the next check tries again.")]
    private static partial void LogReconciliationFailed(ILogger logger, Exception exception, string point);
}
