using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Grains.Reconciliation;
using Reception.Grains.Records;
using Reception.Grains.Returnees;
using Reception.Grains.Telemetry;

namespace Reception.Grains.Programs;

/// <summary>
/// The program's active referrals checked against the record, as a point checks its people
/// (ReceptionPointGrain.Reconciliation.cs, docs/record.md "Reconciliation"): on activation and every
/// <see cref="ReconciliationOptions.Interval"/> while referrals are active. Statuses are compared, not versions: a
/// referral keeps the version of the last command that touched it while its case moves on. Counters are not
/// compared (docs/record.md lists where they legitimately differ from the record).
/// </summary>
internal sealed partial class ProgramGrain
{
    private readonly DriftSuspects _suspects = new();
    private readonly Dictionary<string, string> _suspectCases = new(StringComparer.Ordinal);
    private IGrainTimer? _reconcileTimer;
    private bool _reconciledOnce;

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
        if (S.Profile is null || (_reconciledOnce && S.Active.Count == 0 && _suspects.Count == 0))
        {
            return;
        }
        try
        {
            await ReconcileAsync(ReconcileOptions.Grace);
        }
        catch (Exception e)
        {
            LogReconciliationFailed(logger, e, Id);
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
        var stored = (await liveRecord.CasesReferredToAsync(Id)).ToDictionary(c => c.CaseId, StringComparer.Ordinal);
        foreach (var c in await liveRecord.CasesAsync(S.Active.Values.Select(r => r.CaseId).Where(id => !stored.ContainsKey(id)).Distinct().ToList()))
        {
            stored[c.CaseId] = c;
        }
        var recorded = new Dictionary<string, ReferralUpdate>(StringComparer.Ordinal);
        foreach (var c in stored.Values)
        {
            if (serializer.Deserialize<ReturneeState>(c.State) is not { Arrival: not null } state)
            {
                continue;
            }
            foreach (var r in state.Referrals.Where(r => r.ProgramId == Id))
            {
                recorded[r.ReferralId] = new ReferralUpdate(
                    r.ReferralId, c.CaseId, Id, state.Version, r.Status, state.Arrival.PointCode, state.Priority, state.PriorityScore,
                    state.Flags.ToList(), r.CreatedAt, r.StatusChangedAt, r.Automatic,
                    GivenNames: state.Arrival.GivenNames, Surnames: state.Arrival.Surnames, AgeAtArrival: state.AgeAtArrival, FlagsShared: state.SharesAssessment,
                    TimeZone: state.TimeZoneId);
            }
        }

        var differing = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var id in recorded.Keys.Concat(S.Active.Select(a => a.Key)).Distinct(StringComparer.Ordinal))
        {
            if (Difference(id, recorded.GetValueOrDefault(id)) is not null)
            {
                var record = recorded.GetValueOrDefault(id);
                differing[id] = record?.Version ?? -1;
                _suspectCases[id] = record?.CaseId ?? S.Active[id].CaseId;
            }
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
            await Mirror.WriteAsync();
        }
        foreach (var id in _suspects.Unsettled)
        {
            try
            {
                if (!await GrainFactory.GetGrain<IOutboxSender>(_suspectCases[id]).RedeliverOutbox())
                {
                    _suspects.Settle(id);
                }
            }
            catch (Exception e)
            {
                LogRedeliveryRequestFailed(logger, e, Id, _suspectCases[id]);
            }
        }
        foreach (var id in _suspectCases.Keys.Where(id => !differing.ContainsKey(id)).ToList())
        {
            _suspectCases.Remove(id);
        }
        _reconciledOnce = true;
        return repairs;
    }

    private string? Difference(string referralId, ReferralUpdate? record)
    {
        var held = S.Active.TryGetValue(referralId, out var entry) ? entry : null;
        if (record is null)
        {
            return held is null ? null : "unknown";
        }
        if (!record.IsActive)
        {
            return held is null ? null : "closed";
        }
        if (S.Tombstones.TryGetValue(referralId, out var tombstone) && tombstone.Version >= record.Version)
        {
            return null;
        }
        return held is null ? "missing" : held.Status != record.Status ? "status" : null;
    }

    private void Repair(string referralId, ReferralUpdate? record, string what)
    {
        var held = S.Active.TryGetValue(referralId, out var entry) ? entry : null;
        LogRepaired(logger, Id, referralId, record?.CaseId ?? held?.CaseId ?? "", what, held?.Status, record?.Status);
        ReceptionMetrics.ReconciliationRepaired("program", what);
        if (record is { IsActive: true })
        {
            Mirror.Keep(referralId, record);
        }
        else if (record is not null)
        {
            Mirror.Close(referralId, record.Version, time.GetUtcNow());
        }
        else
        {
            S.Active.Remove(referralId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Reconciliation repaired program {Program}: referral {ReferralId} of case {CaseId} was {What} (the program held {HeldStatus}, the record {RecordStatus}).")]
    private static partial void LogRepaired(ILogger logger, string program, string referralId, string caseId, string what, ReferralStatus? heldStatus, ReferralStatus? recordStatus);

    [LoggerMessage(Level = LogLevel.Information, Message = "Program {Program} could not ask case {CaseId} to redeliver its outbox; the next check asks again.")]
    private static partial void LogRedeliveryRequestFailed(ILogger logger, Exception exception, string program, string caseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation of program {Program} with the record failed; the next check tries again.")]
    private static partial void LogReconciliationFailed(ILogger logger, Exception exception, string program);
}
