using Reception.Grains.Storage;

namespace Reception.Tests.Storage;

/// <summary>Interleaved callers share writes, and each is acknowledged only by a write that started after its change.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Callers_during_a_write_share_the_next_one_and_each_waits_for_a_write_holding_its_change()
    {
        var started = new List<(int ChangesSeen, TaskCompletionSource Done)>();
        var changes = 0;
        var commit = new GroupCommit(() =>
        {
            var done = new TaskCompletionSource();
            started.Add((changes, done));
            return done.Task;
        });

        changes++;
        var first = commit.WriteAsync();
        var waiting = new List<Task>();
        for (var i = 0; i < 50; i++)
        {
            changes++;
            waiting.Add(commit.WriteAsync());
        }

        Assert.Single(started);
        Assert.Same(waiting[0], waiting[^1]);
        Assert.False(waiting[0].IsCompleted);

        started[0].Done.SetResult();
        await first;
        Assert.Equal(2, started.Count);
        Assert.Equal(51, started[1].ChangesSeen);
        Assert.False(waiting[0].IsCompleted, "the later callers are acknowledged only by the write that holds their changes");

        started[1].Done.SetResult();
        await Task.WhenAll(waiting);
        Assert.Equal(2, started.Count);
    }

    [Fact]
    public async Task A_failed_write_fails_its_callers_and_the_next_write_still_runs()
    {
        var attempts = new List<TaskCompletionSource>();
        var commit = new GroupCommit(() =>
        {
            var done = new TaskCompletionSource();
            attempts.Add(done);
            return done.Task;
        });

        var failing = commit.WriteAsync();
        var later = commit.WriteAsync();
        attempts[0].SetException(new InvalidOperationException("disk full"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal(2, attempts.Count);
        attempts[1].SetResult();
        await later;
    }
}
