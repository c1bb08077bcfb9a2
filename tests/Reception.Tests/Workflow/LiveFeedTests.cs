using System.Collections.Concurrent;
using Reception.Contracts.LiveFeed;
using Reception.Contracts.National;
using Reception.Contracts.Points;
using Reception.Contracts.Programs;

namespace Reception.Tests.Workflow;

[Collection(WorkflowCollection.Name)]
public sealed class LiveFeedTests(WorkflowCluster cluster)
{
    private static readonly TimeSpan Interval = new LiveFeedOptions().Interval;

    [Fact]
    public async Task A_burst_of_arrivals_reaches_subscribers_as_a_few_coalesced_updates()
    {
        var s = await new Scenario(cluster).WithPointAsync(beds: 15, usualDaily: 0);
        var childProtection = await s.AddProgramAsync(ProgramCategory.ChildProtection, prefix: "aaa");
        var feed = new RecordingObserver();
        var reference = cluster.Client.CreateObjectReference<ILiveFeedObserver>(feed);
        await s.Point.Subscribe(reference);
        await s.Program(childProtection).Subscribe(reference);

        for (var i = 0; i < 20; i++)
        {
            await s.ArriveAsync();
        }
        await s.ArriveAsync(new Reception.Contracts.Returnees.RegisterArrival(s.PointCode, "Luis", "Hernández", Reception.Contracts.Returnees.Sex.Male, EstimatedAge: 15));

        var ticks = 0;
        await Scenario.Eventually(
            () => Task.FromResult(++ticks > 0 && feed.Points.LastOrDefault()?.Present == 21 && !feed.Assigned.IsEmpty && !feed.Alerts.IsEmpty),
            "the point, program and alert updates arrive", Interval);

        Assert.True(feed.Points.Count <= ticks + 1, $"{feed.Points.Count} point updates for {ticks} intervals");
        Assert.True(feed.Points.Count < 21, "updates are coalesced, not one per arrival");
        Assert.Equal(AlertLevel.Critical, feed.Alerts.Last().Current);
        var (programId, items) = Assert.Single(feed.Assigned);
        Assert.Equal(childProtection, programId);
        Assert.Equal(Reception.Contracts.Returnees.Priority.Urgent, Assert.Single(items).Priority);

        // The last update that carried the queue carries it as the detail builds it (waiting times aside).
        var detail = await s.Point.GetDetail();
        var carried = feed.Updates.Last(u => u.Queue is not null);
        Assert.Equal(21, carried.QueueTotal);
        static object Comparable(QueueEntry e) => (e with { WaitingSeconds = 0, Flags = [] }, string.Join(",", e.Flags));
        Assert.Equal(detail.Queue.Select(Comparable), carried.Queue!.Select(Comparable));
        Assert.Equal(detail.Waits.Waiting, carried.Waits.Waiting);

        var count = feed.Points.Count;
        for (var i = 0; i < 4; i++)
        {
            WorkflowCluster.Clock.Advance(Interval);
            await Task.Delay(50);
        }
        Assert.Equal(count, feed.Points.Count);
        await s.Point.Unsubscribe(reference);
    }

    [Fact]
    public async Task The_national_picture_is_fed_by_the_points()
    {
        var s = await new Scenario(cluster).WithPointAsync();
        var national = cluster.Grains.GetGrain<INationalGrain>(INationalGrain.Key);
        await s.ArriveAsync();
        await s.ArriveAsync();

        await Scenario.Eventually(async () =>
            (await national.GetPicture()).Points.FirstOrDefault(p => p.Code == s.PointCode)?.Present == 2, "the point reports to the national grain", Interval);

        var picture = await national.GetPicture();
        Assert.Contains(picture.Points, p => p.Code == "TIJ");
        Assert.Equal(picture.Points.Sum(p => p.Present), picture.Totals.Present);
        Assert.Equal(picture.Points.Sum(p => p.Capacity.ShelterBeds), picture.Totals.Capacity);
    }

    private sealed class RecordingObserver : ILiveFeedObserver
    {
        public ConcurrentQueue<PointSummary> Points { get; } = new();
        public ConcurrentQueue<AlertChange> Alerts { get; } = new();
        public ConcurrentQueue<(string, IReadOnlyList<ProgramQueueItem>)> Assigned { get; } = new();

        public ConcurrentQueue<PointFeedUpdate> Updates { get; } = new();

        public Task PointUpdated(PointFeedUpdate update)
        {
            Updates.Enqueue(update);
            Points.Enqueue(update.Summary);
            return Task.CompletedTask;
        }

        public Task ProgramUpdated(ProgramSummary summary) => Task.CompletedTask;

        public Task NationalUpdated(NationalPicture picture) => Task.CompletedTask;

        public Task PointAlertChanged(AlertChange change)
        {
            Alerts.Enqueue(change);
            return Task.CompletedTask;
        }

        public Task NationalAlertChanged(AlertChange change) => Task.CompletedTask;

        public Task ReferralsAssigned(string programId, IReadOnlyList<ProgramQueueItem> referrals)
        {
            Assigned.Enqueue((programId, referrals));
            return Task.CompletedTask;
        }
    }
}
