using System.Globalization;
using System.Text.Json;
using Reception.Contracts.Shared;

namespace Reception.Silo.Records;

/// <summary>How the record's columns encode values both engines share: roles by API name, facts and lists as JSON, and SQLite's text times and dates.</summary>
internal static class RecordEncoding
{
    private static readonly Dictionary<string, ActorRole> RolesByName =
        Enum.GetValues<ActorRole>().ToDictionary(r => AcceptedValues.NameOf(r), StringComparer.Ordinal);

    public static string RoleName(ActorRole role) => AcceptedValues.NameOf(role);

    public static ActorRole Role(string name) => RolesByName.TryGetValue(name, out var role)
        ? role
        : throw new InvalidOperationException($"Unknown role '{name}' in the record.");

    public static string? FactsJson(IReadOnlyDictionary<string, string>? facts) => facts is null ? null : JsonSerializer.Serialize(facts);

    public static IReadOnlyDictionary<string, string>? Facts(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(json);

    public static string ListJson(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    // The same text as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ'), so times sort and compare as text.
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? at) => at is { } value ? Time(value) : null;

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? day) => day is { } value ? Date(value) : null;
}
