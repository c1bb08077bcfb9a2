using System.Text.Json;

namespace Reception.Contracts.Shared;

/// <summary>An enum's values as the API writes them (camelCase), for messages that name what is accepted.</summary>
public static class AcceptedValues
{
    public static string Of<TEnum>() where TEnum : struct, Enum => Of(typeof(TEnum));

    public static string Of(Type enumType) =>
        string.Join(", ", Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName));
}
