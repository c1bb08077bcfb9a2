using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Reception.Contracts.LiveFeed;
using Reception.Contracts.National;
using Reception.Contracts.Programs;
using Reception.Grains.Shared;

namespace Reception.Tests.Workflow;

/// <summary>
/// The one coalescing stage, <see cref="LiveFeed"/>, on a fake clock: a grain whose state changes as fast as the test
/// likes, ticking as a point or a program does (offer the summary without its time stamp, send it when it is news).
/// </summary>
public sealed class LiveFeedCoalescingTests
{
    private static readonly TimeSpan Interval = new LiveFeedOptions().Interval;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.Zero));
    private readonly LiveFeed _feed;
    private readonly Recorder _host = new();
    private int _pending;
    private bool _queueChanged;

    public LiveFeedCoalescingTests()
    {
        _feed = new LiveFeed(_clock, NullLogger.Instance);
        _feed.Start((tick, period) => _clock.CreateTimer(_ => tick(CancellationToken.None), null, period, period), Interval, Tick);
        _feed.Subscribe(_host);
    }

    private void Tick()
    {
        var summary = Summary(_pending, _clock.GetUtcNow());
        if (_feed.Offer(summary with { AsOf = default }, changedBesides: _queueChanged))
        {
            _queueChanged = false;
            _feed.Send(o => o.ProgramUpdated(summary));
        }
    }

    private void Advance(TimeSpan by)
    {
        for (var left = by; left > TimeSpan.Zero; left -= Interval)
        {
            _clock.Advance(left < Interval ? left : Interval);
        }
    }

    [Fact]
    public void A_thousand_changes_within_one_interval_are_one_message_with_the_latest_state()
    {
        for (var i = 0; i < 1000; i++)
        {
            _pending++;
        }

        Advance(Interval);

        var sent = Assert.Single(_host.Received);
        Assert.Equal(1000, sent.Pending);
        Assert.Equal(_clock.GetUtcNow(), sent.AsOf);
    }

    [Fact]
    public void A_surge_of_a_thousand_changes_a_second_sends_at_most_one_message_per_interval_and_ends_on_the_last_state()
    {
        for (var ms = 0; ms < 10_000; ms++)
        {
            _pending++;
            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }
        Advance(Interval);

        Assert.InRange(_host.Received.Count, 1, 10 * new LiveFeedOptions().MessagesPerSecond + 1);
        Assert.Equal(10_000, _host.Received[^1].Pending);
        var gaps = _host.Received.Zip(_host.Received.Skip(1), (a, b) => b.AsOf - a.AsOf);
        Assert.All(gaps, gap => Assert.True(gap >= Interval, $"{gap} between two messages"));
    }

    [Fact]
    public void A_quiet_grain_sends_nothing_and_its_next_change_goes_out_within_one_interval()
    {
        _pending = 3;
        Advance(Interval);
        Advance(20 * Interval);
        Assert.Single(_host.Received);

        _pending = 4;
        Advance(Interval);

        Assert.Equal([3, 4], _host.Received.Select(s => s.Pending));
    }

    [Fact]
    public void A_change_the_summary_does_not_show_is_sent_once_with_the_same_summary()
    {
        Advance(Interval);
        _queueChanged = true;
        Advance(Interval);
        Advance(Interval);

        Assert.Equal(2, _host.Received.Count);
        Assert.Equal(_host.Received[0] with { AsOf = default }, _host.Received[1] with { AsOf = default });
    }

    [Fact]
    public void A_host_that_stops_renewing_its_subscription_is_forgotten_and_one_that_renews_is_not()
    {
        var renewing = new Recorder();
        _feed.Subscribe(renewing);
        for (var minute = 0; minute < 6; minute++)
        {
            Advance(TimeSpan.FromMinutes(1));
            _feed.Subscribe(renewing);
        }
        var before = _host.Received.Count;

        _pending++;
        Advance(Interval);

        Assert.Equal(before, _host.Received.Count);
        Assert.Equal(1, renewing.Received[^1].Pending);
    }

    [Fact]
    public void Starting_twice_keeps_one_timer()
    {
        _feed.Start((tick, period) => _clock.CreateTimer(_ => tick(CancellationToken.None), null, period, period), Interval, Tick);
        _pending++;

        Advance(Interval);

        Assert.Single(_host.Received);
    }

    private static ProgramSummary Summary(int _pending, DateTimeOffset now) =>
        new("dif", "DIF", ProgramCategory.ChildProtection, "DIF", [], [], 10, _pending, 0, new ProgramCounts(_pending, 0, 0, 0, 0), now);

    private sealed class Recorder : ILiveFeedObserver
    {
        public List<ProgramSummary> Received { get; } = [];

        public Task ProgramUpdated(ProgramSummary summary)
        {
            Received.Add(summary);
            return Task.CompletedTask;
        }

        public Task PointUpdated(PointFeedUpdate update) => throw new InvalidOperationException("not a point");

        public Task NationalUpdated(NationalPicture picture) => throw new InvalidOperationException("not the national grain");

        public Task PointAlertChanged(AlertChange change) => throw new InvalidOperationException("not a point");

        public Task NationalAlertChanged(AlertChange change) => throw new InvalidOperationException("not the national grain");

        public Task ReferralsAssigned(string programId, IReadOnlyList<ProgramQueueItem> referrals) => Task.CompletedTask;
    }
}
