using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Reception.Contracts.LiveFeed;

namespace Reception.Api.LiveFeed;

/// <summary>
/// Sends live-feed messages to hub groups. Per group: one sequence counter, and messages leave one at a time in
/// sequence order. Per group and message kind: a leading-edge throttle — the first update goes out at once,
/// later ones within <see cref="LiveFeedOptions.Interval"/> are coalesced (latest wins, or merged) and sent when
/// the interval has passed. So a subscriber gets at most <see cref="LiveFeedOptions.MessagesPerSecond"/> messages
/// of a kind per second, and the last one is never older than one interval. The grains already coalesce; this
/// keeps the bound on the host too (several silos, redeliveries, several grains reporting to one group).
/// </summary>
public sealed class FeedPublisher(IHubContext<OperationsHub> hub, LiveFeedOptions options, TimeProvider time, ILogger<FeedPublisher> logger)
{
    private readonly ConcurrentDictionary<string, Channel> channels = new(StringComparer.Ordinal);

    /// <summary>Coalesces <paramref name="data"/> with pending data of the same kind (latest wins unless <paramref name="merge"/> is given).</summary>
    public void Offer(FeedTarget target, string kind, object data, Func<object, object, object>? merge = null)
    {
        var channel = channels.GetOrAdd(target.Group, group => new Channel(group));
        TimeSpan due;
        Slot slot;
        lock (channel)
        {
            slot = channel.SlotFor(kind);
            slot.Pending = slot.Pending is null || merge is null ? data : merge(slot.Pending, data);
            if (slot.Scheduled) return;
            slot.Scheduled = true;
            due = slot.LastTaken + options.Interval - time.GetUtcNow();
        }
        _ = FlushAsync(channel, kind, slot, due);
    }

    /// <summary>Sends at once (rare events such as alert changes), in sequence order with the throttled ones.</summary>
    public Task SendNowAsync(FeedTarget target, string kind, object data) =>
        SendAsync(channels.GetOrAdd(target.Group, group => new Channel(group)), kind, data);

    /// <summary>
    /// Adds the connection to the group and reads the snapshot while no message of the group is in flight, so
    /// the snapshot's sequence is the last one sent before it and every later message has a greater one.
    /// </summary>
    public async Task<System.Text.Json.Nodes.JsonObject> SubscribeAsync(FeedTarget target, string connectionId, Func<Task<object>> snapshot)
    {
        var channel = channels.GetOrAdd(target.Group, group => new Channel(group));
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

    private async Task FlushAsync(Channel channel, string kind, Slot slot, TimeSpan due)
    {
        try
        {
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, time);
            }
            object data;
            lock (channel)
            {
                data = slot.Pending!;
                slot.Pending = null;
                slot.Scheduled = false;
                slot.LastTaken = time.GetUtcNow();
            }
            await SendAsync(channel, kind, data);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Live feed: could not send {Kind} to {Group}", kind, channel.Group);
        }
    }

    private async Task SendAsync(Channel channel, string kind, object data)
    {
        await channel.Gate.WaitAsync();
        try
        {
            var sequence = ++channel.Sequence;
            await hub.Clients.Group(channel.Group).SendAsync(kind, FeedMessages.Create(sequence, data));
        }
        finally
        {
            channel.Gate.Release();
        }
    }

    private sealed class Channel(string group)
    {
        private readonly Dictionary<string, Slot> slots = new(StringComparer.Ordinal);

        public string Group { get; } = group;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public long Sequence { get; set; }

        public Slot SlotFor(string kind)
        {
            if (!slots.TryGetValue(kind, out var slot))
            {
                slots[kind] = slot = new Slot();
            }
            return slot;
        }
    }

    private sealed class Slot
    {
        public object? Pending { get; set; }

        public bool Scheduled { get; set; }

        public DateTimeOffset LastTaken { get; set; } = DateTimeOffset.MinValue;
    }
}
