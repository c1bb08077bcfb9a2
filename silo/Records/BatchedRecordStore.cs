using System.Data.Common;
using Reception.Contracts.Returnees;
using Reception.Grains.Records;

namespace Reception.Silo.Records;

/// <summary>
/// What the engines' record stores share: loads and writes queue on a <see cref="RecordBatcher{TItem, TResult}"/>
/// each (up to <see cref="MaxBatchSize"/> calls a batch), so concurrent calls of many grains share one query or
/// one transaction; an engine says how to load and how to write a batch.
/// </summary>
public abstract class BatchedRecordStore : IRecordStore, IAsyncDisposable
{
    public const int MaxBatchSize = 256;
    private const int MaxLoadsInFlight = 2;

    private readonly RecordBatcher<RecordWrite, long> _writes;
    private readonly RecordBatcher<string, StoredCase?> _loads;

    /// <param name="maxWritesInFlight">How many write batches may run at once.</param>
    protected BatchedRecordStore(int maxWritesInFlight)
    {
        _writes = new RecordBatcher<RecordWrite, long>("write", WriteBatchAsync, MaxBatchSize, maxWritesInFlight, MayBeOneWritesDoing);
        _loads = new RecordBatcher<string, StoredCase?>("load", LoadBatchAsync, MaxBatchSize, MaxLoadsInFlight, _ => false);
    }

    public Task<StoredCase?> LoadAsync(string caseId) => _loads.EnqueueAsync(caseId);

    public Task<long> SaveAsync(CaseWrite write) => _writes.EnqueueAsync(new RecordWrite.Save(write));

    public Task AppendAsync(string caseId, IReadOnlyList<AuditEntry> events) =>
        events.Count == 0 ? Task.CompletedTask : _writes.EnqueueAsync(new RecordWrite.Append(caseId, events));

    public Task AppendAccessAsync(AccessEntry entry) => _writes.EnqueueAsync(new RecordWrite.Access(entry));

    public abstract Task<IReadOnlyList<AuditEntry>> ReadEventsAsync(string caseId, long? beforeSequence, int limit);

    /// <summary>Lets the queued calls finish, then releases the engine's resources.</summary>
    public async ValueTask DisposeAsync()
    {
        await _writes.DisposeAsync();
        await _loads.DisposeAsync();
        await ReleaseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the engine holds (a data source), once the queues are empty.</summary>
    protected virtual ValueTask ReleaseAsync() => ValueTask.CompletedTask;

    /// <summary>Writes a batch in one transaction: an outcome per write, in order; throws when the batch failed as a whole (then it wrote nothing).</summary>
    protected abstract Task<IReadOnlyList<BatchOutcome<long>>> WriteBatchAsync(IReadOnlyList<RecordWrite> writes);

    /// <summary>Whether a write batch that failed with <paramref name="error"/> may succeed for all but one of its writes when each is retried alone.</summary>
    protected abstract bool MayBeOneWritesDoing(Exception error);

    /// <summary>Opens a reader of (case_id, version, state, last sequence) for the given distinct case ids.</summary>
    protected abstract Task<DbDataReader> ReadCasesAsync(IReadOnlyList<string> caseIds);

    /// <summary>The event at the reader's row of (sequence, at, actor, role, action, detail, facts as JSON text).</summary>
    protected static AuditEntry Event(DbDataReader reader, DateTimeOffset at) => new(
        at,
        reader.GetString(2),
        RecordEncoding.Role(reader.GetString(3)),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        RecordEncoding.Facts(reader.IsDBNull(6) ? null : reader.GetString(6)),
        reader.GetInt64(0));

    private async Task<IReadOnlyList<BatchOutcome<StoredCase?>>> LoadBatchAsync(IReadOnlyList<string> caseIds)
    {
        var found = new Dictionary<string, StoredCase>(StringComparer.Ordinal);
        await using (var reader = await ReadCasesAsync(caseIds.Distinct().ToList()))
        {
            while (await reader.ReadAsync())
            {
                found[reader.GetString(0)] = new StoredCase(reader.GetInt64(1), reader.GetFieldValue<byte[]>(2), reader.GetInt64(3));
            }
        }

        return caseIds.Select(id => BatchOutcome.Success<StoredCase?>(found.GetValueOrDefault(id))).ToList();
    }
}
