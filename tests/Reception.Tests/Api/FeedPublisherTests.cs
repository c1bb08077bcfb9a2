using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Reception.Api.LiveFeed;

namespace Reception.Tests.Api;

/// <summary>
/// <see cref="FeedPublisher"/> with a hub whose sends take time on a fake clock: it numbers and orders a group's
/// messages and keeps a subscription's snapshot consistent with them; it does not coalesce (the grains do).
/// </summary>
public sealed class FeedPublisherTests
{
    private static readonly TimeSpan SendTime = TimeSpan.FromMilliseconds(100);
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 18, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly SlowHub _hub;
    private readonly FeedPublisher _publisher;

    public FeedPublisherTests()
    {
        _hub = new SlowHub(_clock);
        _publisher = new FeedPublisher(_hub, NullLogger<FeedPublisher>.Instance);
    }

    [Fact]
    public async Task Every_message_is_sent_in_the_order_it_came_with_the_next_sequence_even_while_sends_are_slow()
    {
        for (var i = 1; i <= 5; i++)
        {
            _publisher.Publish(FeedTarget.Point("TIJ"), FeedMessages.PointUpdated, new { present = i }, Start.AddSeconds(i));
        }

        await SendAllAsync(5);

        Assert.Equal([1, 2, 3, 4, 5], _hub.Sent.Select(m => m.Sequence));
        Assert.Equal([1, 2, 3, 4, 5], _hub.Sent.Select(m => (int)m.Body["present"]!));
        Assert.All(_hub.Sent, m => Assert.Equal("point:TIJ", m.Group));
    }

    [Fact]
    public async Task A_hundred_updates_stay_a_hundred_messages_because_the_grains_already_coalesced()
    {
        for (var i = 1; i <= 100; i++)
        {
            _publisher.Publish(FeedTarget.Program("dif"), FeedMessages.ProgramUpdated, new { pending = i }, Start.AddMilliseconds(250 * i));
        }

        await SendAllAsync(100);

        Assert.Equal(Enumerable.Range(1, 100), _hub.Sent.Select(m => (int)m.Body["pending"]!));
    }

    [Fact]
    public async Task Each_group_numbers_its_own_messages()
    {
        _publisher.Publish(FeedTarget.Point("TIJ"), FeedMessages.PointUpdated, new { code = "TIJ" }, Start);
        _publisher.Publish(FeedTarget.Point("NLD"), FeedMessages.PointUpdated, new { code = "NLD" }, Start);
        _publisher.Publish(FeedTarget.Point("TIJ"), FeedMessages.AlertChanged, new { pointCode = "TIJ" });

        await SendAllAsync(3);

        Assert.Equal([1, 2], _hub.Sent.Where(m => m.Group == "point:TIJ").Select(m => m.Sequence));
        Assert.Equal([1], _hub.Sent.Where(m => m.Group == "point:NLD").Select(m => m.Sequence));
    }

    [Fact]
    public async Task A_summary_older_than_one_the_group_already_got_is_dropped_but_an_event_is_not()
    {
        _publisher.Publish(FeedTarget.Point("TIJ"), FeedMessages.PointUpdated, new { present = 2 }, Start.AddSeconds(2));
        _publisher.Publish(FeedTarget.Point("TIJ"), FeedMessages.PointUpdated, new { present = 1 }, Start.AddSeconds(1));
        _publisher.Publish(FeedTarget.Point("TIJ"), FeedMessages.AlertChanged, new { current = "surge" });

        await SendAllAsync(2);
        _clock.Advance(10 * SendTime);
        await Task.Delay(50);

        Assert.Equal([FeedMessages.PointUpdated, FeedMessages.AlertChanged], _hub.Sent.Select(m => m.Kind));
        Assert.Equal(2, (int)_hub.Sent[0].Body["present"]!);
    }

    [Fact]
    public async Task A_snapshot_is_read_between_two_messages_and_carries_the_sequence_of_the_one_before()
    {
        var target = FeedTarget.Point("TIJ");
        _publisher.Publish(target, FeedMessages.PointUpdated, new { present = 1 }, Start.AddSeconds(1));
        await Eventually(() => _hub.InFlight == 1, "the first message is being sent");
        var snapshotRead = false;

        var subscribed = _publisher.SubscribeAsync(target, "connection-1", () =>
        {
            snapshotRead = true;
            return Task.FromResult<object>(new { present = 1 });
        });
        await Task.Delay(50);
        Assert.False(snapshotRead, "the snapshot waits for the message in flight");

        _clock.Advance(SendTime);
        var snapshot = await subscribed;
        _publisher.Publish(target, FeedMessages.PointUpdated, new { present = 2 }, Start.AddSeconds(2));
        await SendAllAsync(2);

        Assert.Equal(1, (long)snapshot["sequence"]!);
        Assert.Equal(2, _hub.Sent[^1].Sequence);
        Assert.Equal(["connection-1"], _hub.Members("point:TIJ"));
    }

    [Fact]
    public async Task A_failed_send_spends_its_sequence_so_subscribers_see_the_gap()
    {
        _hub.FailNext = true;
        _publisher.Publish(FeedTarget.National, FeedMessages.NationalUpdated, new { n = 1 }, Start.AddSeconds(1));
        _publisher.Publish(FeedTarget.National, FeedMessages.NationalUpdated, new { n = 2 }, Start.AddSeconds(2));

        await SendAllAsync(1);

        Assert.Equal(2, Assert.Single(_hub.Sent).Sequence);
    }

    /// <summary>Advances the clock one send at a time until <paramref name="count"/> messages were sent.</summary>
    private async Task SendAllAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_hub.Sent.Length < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{_hub.Sent.Length} of {count} messages sent");
            if (_hub.InFlight > 0)
            {
                _clock.Advance(SendTime);
            }
            await Task.Delay(1);
        }
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting: {what}");
            await Task.Delay(5);
        }
    }

    public sealed record Sent(string Group, string Kind, JsonObject Body)
    {
        public long Sequence => (long)Body["sequence"]!;
    }

    /// <summary>A hub context whose group sends take <see cref="SendTime"/> on the fake clock.</summary>
    private sealed class SlowHub(TimeProvider clock) : IHubContext<OperationsHub>, IHubClients, IGroupManager
    {
        private readonly List<Sent> _sent = [];
        private readonly Dictionary<string, List<string>> _groups = [];
        private int _inFlight;

        public Sent[] Sent
        {
            get
            {
                lock (_sent)
                {
                    return _sent.ToArray();
                }
            }
        }

        public int InFlight => Volatile.Read(ref _inFlight);

        public bool FailNext { get; set; }

        public IHubClients Clients => this;

        public IGroupManager Groups => this;

        public string[] Members(string group)
        {
            lock (_groups)
            {
                return _groups.TryGetValue(group, out var members) ? members.ToArray() : [];
            }
        }

        public IClientProxy Group(string groupName) => new Proxy(this, groupName);

        public Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
        {
            lock (_groups)
            {
                if (!_groups.TryGetValue(groupName, out var members))
                {
                    _groups[groupName] = members = [];
                }

                members.Add(connectionId);
            }
            return Task.CompletedTask;
        }

        public Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
        {
            lock (_groups)
            {
                _groups.GetValueOrDefault(groupName)?.Remove(connectionId);
            }

            return Task.CompletedTask;
        }

        private async Task SendAsync(string group, string method, object?[] args)
        {
            Interlocked.Increment(ref _inFlight);
            try
            {
                await Task.Delay(SendTime, clock);
                if (FailNext)
                {
                    FailNext = false;
                    throw new IOException("the connection broke");
                }
                lock (_sent)
                {
                    _sent.Add(new Sent(group, method, (JsonObject)args[0]!));
                }
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        IClientProxy IHubClients<IClientProxy>.All => throw new NotSupportedException();

        IClientProxy IHubClients<IClientProxy>.AllExcept(IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        IClientProxy IHubClients<IClientProxy>.Client(string connectionId) => throw new NotSupportedException();

        IClientProxy IHubClients<IClientProxy>.Clients(IReadOnlyList<string> connectionIds) => throw new NotSupportedException();

        IClientProxy IHubClients<IClientProxy>.GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        IClientProxy IHubClients<IClientProxy>.Groups(IReadOnlyList<string> groupNames) => throw new NotSupportedException();

        IClientProxy IHubClients<IClientProxy>.User(string userId) => throw new NotSupportedException();

        IClientProxy IHubClients<IClientProxy>.Users(IReadOnlyList<string> userIds) => throw new NotSupportedException();

        private sealed class Proxy(SlowHub hub, string group) : IClientProxy
        {
            public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default) => hub.SendAsync(group, method, args);
        }
    }
}
