using Orleans.Storage;
using Reception.Contracts.Returnees;
using Reception.Grains.Records;

namespace Reception.Grains.Returnees;

/// <summary>
/// The case in the permanent record. The state is loaded on first use, not on activation, so that registering a
/// new case costs no read: the write expects the case not to exist, and only if it does is the state loaded and
/// the command run again on it. Every command's write carries the state, the case's row, the referrals it touched,
/// its unmet needs and the events it appended, in one transaction; a read of personal data only appends its event.
/// A failed write or append drops the activation, so the next call reloads what is durable.
/// </summary>
internal sealed partial class ReturneeGrain
{
    private ReturneeState _state = new();
    private long? _version;
    private long _lastSequence;
    private bool _loaded;
    private bool _optimistic;
    // Names or age changed (registration, correction): the write replaces the case's name keys.
    private bool _identityChanged;
    private readonly List<AuditEntry> _newEvents = [];
    private readonly HashSet<string> _touchedReferrals = new(StringComparer.Ordinal);

    private ReturneeState S => _state;

    private async Task EnsureLoadedAsync()
    {
        if (_loaded)
        {
            return;
        }
        var stored = await records.LoadAsync(CaseId);
        _state = stored is null ? new ReturneeState() : serializer.Deserialize<ReturneeState>(stored.State) ?? new ReturneeState();
        _version = stored?.Version;
        _lastSequence = stored?.LastSequence ?? 0;
        _loaded = true;
        if (S.HasOutbox)
        {
            ScheduleRetry(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>Runs a registration without reading first when this activation has not loaded the case.</summary>
    private async Task<T> WithoutReadingFirstAsync<T>(Func<Task<T>> command)
    {
        if (_loaded)
        {
            return await command();
        }
        _loaded = _optimistic = true;
        try
        {
            return await command();
        }
        catch (InconsistentStateException) when (_optimistic)
        {
            // The case exists after all: load it and run the command on what is stored.
            _optimistic = false;
            ForgetUnsaved();
            await EnsureLoadedAsync();
            return await command();
        }
        catch when (_optimistic)
        {
            // Refused or failed before anything was known of the stored case: the next call reads it.
            ForgetUnsaved();
            throw;
        }
        finally
        {
            _optimistic = false;
        }
    }

    private void AddAudit(Actor actor, DateTimeOffset at, string action, string? detail, params (string Name, string? Value)[] facts) =>
        _newEvents.Add(new AuditEntry(at, actor.UserName, actor.Role, action, detail,
            facts.Length == 0 ? null : facts.Where(f => f.Value is not null).ToDictionary(f => f.Name, f => f.Value!, StringComparer.Ordinal),
            ++_lastSequence));

    private void TouchReferrals(IEnumerable<string> referralIds) => _touchedReferrals.UnionWith(referralIds);

    /// <summary>Writes the state with its row, touched referrals, unmet needs and new events, in one transaction.</summary>
    private async Task SaveAsync()
    {
        var now = time.GetUtcNow();
        var write = new CaseWrite(
            CaseId, _version, serializer.SerializeToArray(S),
            CaseRecord.Row(CaseId, S, now),
            CaseRecord.Referrals(CaseId, S, _touchedReferrals),
            CaseRecord.UnmetNeeds(CaseId, S, now),
            _newEvents.ToList(),
            _identityChanged ? CaseRecord.NameKeys(S) : null);
        try
        {
            _version = await records.SaveAsync(write);
        }
        catch (InconsistentStateException) when (_optimistic)
        {
            throw; // WithoutReadingFirstAsync loads the stored case and runs the registration again.
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
        _newEvents.Clear();
        _touchedReferrals.Clear();
        _identityChanged = false;
    }

    /// <summary>Appends the events of a read; the state is not written.</summary>
    private async Task AppendEventsAsync()
    {
        try
        {
            await records.AppendAsync(CaseId, _newEvents.ToList());
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
        _newEvents.Clear();
    }

    private void ForgetUnsaved()
    {
        _loaded = false;
        _state = new ReturneeState();
        _version = null;
        _lastSequence = 0;
        _newEvents.Clear();
        _touchedReferrals.Clear();
        _identityChanged = false;
    }
}
