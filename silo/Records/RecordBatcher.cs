using System.Threading.Channels;
using Reception.Grains.Telemetry;

namespace Reception.Silo.Records;

/// <summary>
/// Group commit across grains: callers queue items; each of up to <c>maxInFlight</c> pumps takes what is waiting
/// (at most <c>maxBatchSize</c>) and hands it to the flush as one batch. An idle pump takes a lone item at once, so
/// nothing sleeps; items that arrive while batches are in flight form the next batch. Each caller is completed
/// only after its batch's flush returned, with its own outcome. A flush that throws fails every caller of the
/// batch, unless the error may be one item's doing (a constraint it breaks, a deadlock): then the items are
/// retried one by one, so a culprit fails alone and the rest commit. A lost connection is not retried: with a
/// connect timeout per item, a batch of 256 would hang for minutes.
/// </summary>
/// <typeparam name="TItem">What a caller asks for.</typeparam>
/// <typeparam name="TResult">What a caller gets back.</typeparam>
public sealed class RecordBatcher<TItem, TResult> : IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<BatchOutcome<TResult>>>> _flush;
    private readonly string _operation;
    private readonly int _maxBatchSize;
    private readonly Func<Exception, bool> _retryAlone;
    private readonly Task[] _pumps;

    /// <param name="operation">The metric tag of the batches ("load", "write").</param>
    /// <param name="flush">Runs one batch and returns an outcome per item, in order; throws when the batch failed as a whole.</param>
    /// <param name="maxBatchSize">The most items in one batch.</param>
    /// <param name="maxInFlight">The most batches running at once.</param>
    /// <param name="retryAlone">Whether a batch that failed with this error is retried item by item.</param>
    public RecordBatcher(
        string operation,
        Func<IReadOnlyList<TItem>, Task<IReadOnlyList<BatchOutcome<TResult>>>> flush,
        int maxBatchSize,
        int maxInFlight,
        Func<Exception, bool> retryAlone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        _operation = operation;
        _flush = flush;
        _maxBatchSize = maxBatchSize;
        _retryAlone = retryAlone;
        _pumps = Enumerable.Range(0, maxInFlight).Select(_ => Task.Run(PumpAsync)).ToArray();
    }

    public Task<TResult> EnqueueAsync(TItem item)
    {
        var pending = new Pending(item);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);

        return pending.Completion.Task;
    }

    /// <summary>Stops taking items and waits for the queued ones to be flushed.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_pumps);
    }

    private async Task PumpAsync()
    {
        var batch = new List<Pending>(_maxBatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count > 0)
            {
                await FlushAsync(batch);
                batch.Clear();
            }
        }
    }

    private async Task FlushAsync(IReadOnlyList<Pending> batch)
    {
        ReceptionMetrics.RecordBatched(_operation, batch.Count);
        IReadOnlyList<BatchOutcome<TResult>> outcomes;
        try
        {
            outcomes = await _flush(batch.Select(p => p.Item).ToList());
        }
        catch (Exception error) when (batch.Count > 1 && _retryAlone(error))
        {
            // The batch changed nothing; alone, each item either commits or fails with its own cause.
            foreach (var pending in batch)
            {
                await FlushAsync([pending]);
            }

            return;
        }
        catch (Exception error)
        {
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(error);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Error is { } error)
            {
                batch[i].Completion.TrySetException(error);
            }
            else
            {
                batch[i].Completion.TrySetResult(outcomes[i].Value!);
            }
        }
    }

    private sealed class Pending(TItem item)
    {
        public TItem Item { get; } = item;

        // Callers' continuations must not run on (and hold up) the pump.
        public TaskCompletionSource<TResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
