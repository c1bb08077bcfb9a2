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
        var message = new JsonObject { ["sequence"] = sequence };
        foreach (var (name, value) in Fields(data))
        {
            message[name] = value;
        }
        return message;
    }

    /// <summary>The fields of every part, in order, in one object; a null field is left out (<c>pointUpdated</c>: a part that did not change).</summary>
    public static JsonObject Flatten(params object[] parts)
    {
        var body = new JsonObject();
        foreach (var (name, value) in parts.SelectMany(Fields).Where(field => field.Value is not null))
        {
            body[name] = value;
        }
        return body;
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Fields(object data)
    {
        var body = data as JsonObject ?? JsonSerializer.SerializeToNode(data, data.GetType(), ApiJson.Options) as JsonObject
            ?? throw new InvalidOperationException($"{data.GetType().Name} does not serialise to a JSON object.");
        // Detached one by one, so they can join another object (a JsonObject given here is consumed).
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            yield return new(name, value);
        }
    }
}
