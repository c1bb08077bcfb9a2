using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;

namespace Reception.Api.LiveFeed;

/// <summary>
/// Sends live-feed messages to hub groups; it does not coalesce (the grains do, once, in their live feed). Per group:
/// messages leave one at a time, in the order this host received them, each numbered with the group's next
/// <c>sequence</c>, so a gap tells a client it missed one. A summary older than one the group already got (a grain
/// moved to another silo and its previous activation's last message came late) is dropped. A subscription's snapshot
/// is read while none of the group's messages is in flight: its sequence is the last one sent before it, and every
/// message the connection receives after it has a greater one.
/// </summary>
public sealed class FeedPublisher(IHubContext<OperationsHub> hub, ILogger<FeedPublisher> logger)
{
    private readonly ConcurrentDictionary<string, Channel> _channels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<FeedTarget, byte> _narrowed = new();

    /// <summary>The narrowed program feeds (<see cref="FeedTarget.ProgramAtPoints"/>) of <paramref name="programId"/> that were ever subscribed on this host.</summary>
    public IEnumerable<FeedTarget> NarrowedFeedsOf(string programId) =>
        _narrowed.Keys.Where(target => string.Equals(target.Key, programId, StringComparison.Ordinal));

    /// <summary>
    /// Queues <paramref name="data"/> for the group of <paramref name="target"/>. With <paramref name="asOf"/> (a summary's
    /// time stamp) it is dropped when the group already got a newer message of the same kind.
    /// </summary>
    public void Publish(FeedTarget target, string kind, object data, DateTimeOffset? asOf = null)
    {
        var channel = ChannelOf(target);
        lock (channel)
        {
            if (asOf is { } at)
            {
                if (channel.Newest.TryGetValue(kind, out var newest) && at < newest)
                {
                    return;
                }
                channel.Newest[kind] = at;
            }
            channel.Queue.Enqueue((kind, data));
            if (channel.Sending)
            {
                return;
            }
            channel.Sending = true;
        }
        _ = SendQueuedAsync(channel);
    }

    /// <summary>
    /// Adds the connection to the group and reads the snapshot while no message of the group is in flight, so the
    /// snapshot's sequence is the last one sent before it and every later message has a greater one.
    /// </summary>
    public async Task<JsonObject> SubscribeAsync(FeedTarget target, string connectionId, Func<Task<object>> snapshot)
    {
        var channel = ChannelOf(target);
        if (target.Points is not null)
        {
            _narrowed.TryAdd(target, 0);
        }
        await channel.Gate.WaitAsync();
        try
        {
            await hub.Groups.AddToGroupAsync(connectionId, channel.Group);
            var data = await snapshot();
            return FeedMessages.Create(channel.Sequence, data);
        }
        finally
        {
            channel.Gate.Release();
        }
    }

    /// <summary>Stops sending the group's messages to the connection.</summary>
    public Task UnsubscribeAsync(FeedTarget target, string connectionId) => hub.Groups.RemoveFromGroupAsync(connectionId, target.Group);

    private Channel ChannelOf(FeedTarget target) => _channels.GetOrAdd(target.Group, group => new Channel(group));

    /// <summary>Sends the group's queued messages in order until none is left; one such loop per group at a time.</summary>
    private async Task SendQueuedAsync(Channel channel)
    {
        while (true)
        {
            await channel.Gate.WaitAsync();
            try
            {
                (string Kind, object Data) next;
                lock (channel)
                {
                    if (!channel.Queue.TryDequeue(out next))
                    {
                        channel.Sending = false;
                        return;
                    }
                }
                var message = FeedMessages.Create(++channel.Sequence, next.Data);
                try
                {
                    await hub.Clients.Group(channel.Group).SendAsync(next.Kind, message);
                }
                catch (Exception ex)
                {
                    // The sequence is spent: the subscribers see the gap and take a fresh snapshot.
                    logger.LogWarning(ex, "Live feed: could not send {Kind} to {Group}", next.Kind, channel.Group);
                }
            }
            finally
            {
                channel.Gate.Release();
            }
        }
    }

    private sealed class Channel(string group)
    {
        public string Group { get; } = group;

        /// <summary>Held while a message is sent or a snapshot is read.</summary>
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public long Sequence { get; set; }

        // The rest is guarded by lock (this).
        public Queue<(string Kind, object Data)> Queue { get; } = new();

        public bool Sending { get; set; }

        public Dictionary<string, DateTimeOffset> Newest { get; } = new(StringComparer.Ordinal);
    }
}
