using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reception.Api.LiveFeed;

/// <summary>
/// The hub's server messages and the subscription snapshots: the data's fields flattened into one object,
/// with <c>sequence</c> first (increasing per group, so a client can tell it missed one and resubscribe).
/// </summary>
public static class FeedMessages
{
    public const string PointUpdated = "pointUpdated";
    public const string ProgramUpdated = "programUpdated";
    public const string NationalUpdated = "nationalUpdated";
    public const string AlertChanged = "alertChanged";
    public const string ReferralAssigned = "referralAssigned";

    public static JsonObject Create(long sequence, object data)
    {
        var body = JsonSerializer.SerializeToNode(data, data.GetType(), ApiJson.Options) as JsonObject
            ?? throw new InvalidOperationException($"{data.GetType().Name} does not serialise to a JSON object.");
        var message = new JsonObject { ["sequence"] = sequence };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            message[name] = value;
        }
        return message;
    }
}
