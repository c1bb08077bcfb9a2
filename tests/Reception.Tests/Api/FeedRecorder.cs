using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Reception.Tests.Api;

/// <summary>Records every live-feed message a hub connection receives, in order, with when it arrived.</summary>
public sealed class FeedRecorder : IAsyncDisposable
{
    public static readonly string[] Kinds = ["pointUpdated", "programUpdated", "nationalUpdated", "alertChanged", "referralAssigned"];

    private readonly List<Message> _messages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public FeedRecorder(HubConnection connection)
    {
        Connection = connection;
        foreach (var kind in Kinds)
        {
            connection.On<JsonElement>(kind, body =>
            {
                lock (_messages)
                {
                    _messages.Add(new Message(kind, body.Clone(), _clock.Elapsed));
                }
            });
        }
    }

    public sealed record Message(string Kind, JsonElement Body, TimeSpan At)
    {
        public long Sequence => Body.GetProperty("sequence").GetInt64();
    }

    public HubConnection Connection { get; }

    public TimeSpan Now => _clock.Elapsed;

    public IReadOnlyList<Message> Messages
    {
        get
        {
            lock (_messages)
            {
                return _messages.ToArray();
            }
        }
    }

    public Task<JsonElement> InvokeAsync(string method, params object[] args) =>
        Connection.InvokeCoreAsync<JsonElement>(method, args);

    /// <summary>Waits for a message of <paramref name="kind"/> that satisfies <paramref name="match"/>.</summary>
    public async Task<Message> WaitForAsync(string kind, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = _clock.Elapsed + (timeout ?? TimeSpan.FromSeconds(10));
        while (_clock.Elapsed < deadline)
        {
            var found = Messages.FirstOrDefault(m => m.Kind == kind && match(m.Body));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(25);
        }
        throw new TimeoutException($"No {kind} message matched; received: {string.Join("\n", Messages.Select(m => $"{m.Kind} {m.Body}"))}");
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
