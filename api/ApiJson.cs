using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reception.Api;

/// <summary>
/// The API's JSON, for REST and the hub alike: camelCase names, enums as camelCase strings, times ISO 8601 with
/// offset, numbers as JSON numbers (a number sent as text is refused, so the OpenAPI document says "integer").
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.NumberHandling = JsonNumberHandling.Strict;
        if (!options.Converters.Any(c => c is JsonStringEnumConverter))
        {
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        }
        return options;
    }
}
