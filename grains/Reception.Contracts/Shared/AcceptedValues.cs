using System.Collections.Concurrent;
using System.Text.Json;

namespace Reception.Contracts.Shared;

/// <summary>
/// An enum's values as the API writes them (camelCase, the API's enum converter policy): in refusal parameters, in
/// messages that name what is accepted, in audit facts and metric tags. Names are computed once per value.
/// </summary>
public static class AcceptedValues
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    /// <summary>The value as the API writes it, e.g. <c>TransportMode.Bus</c> → <c>bus</c>.</summary>
    public static string NameOf(Enum value) => Names.GetOrAdd(value, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    public static string Of<TEnum>() where TEnum : struct, Enum => Of(typeof(TEnum));

    public static string Of(Type enumType) =>
        string.Join(", ", Enum.GetValues(enumType).Cast<Enum>().Select(NameOf));
}
