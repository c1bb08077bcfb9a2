using Reception.Grains.Telemetry;

namespace Reception.Grains.Storage;

/// <summary>
/// Group commit for an interleaving grain: a caller that asks for a write while one is in flight
/// joins the single write that starts when it ends, so a burst of N updates costs about two writes,
/// not N. Orleans 10.4.2 hands every WriteStateAsync to the storage as it comes; it does not merge.
/// Every caller is acknowledged by a write that started after its own change, so the change is durable
/// when its task completes. Not thread-safe by design: a grain runs one turn at a time.
/// </summary>
public sealed class GroupCommit(Func<Task> write)
{
    private Task _current = Task.CompletedTask;
    private Task? _next;
    private int _waiting;

    /// <summary>The write that will hold every change made so far (the latest one, whether running or waiting).</summary>
    public Task Latest => _next ?? _current;

    public Task WriteAsync()
    {
        _waiting++;
        if (_next is not null)
        {
            return _next;
        }
        if (_current.IsCompleted)
        {
            _current = Start();
            return _current;
        }
        _next = WriteAfterAsync(_current);
        return _next;
    }

    private async Task WriteAfterAsync(Task previous)
    {
        try
        {
            await previous;
        }
        catch
        {
            // The earlier write's callers see its failure; this write still carries the later changes.
        }
        _next = null;
        _current = Start();
        await _current;
    }

    // Every change asked for so far rides on the write that starts now (recorded as the group's size).
    private Task Start()
    {
        ReceptionMetrics.GroupCommitted(_waiting);
        _waiting = 0;
        return write();
    }
}
