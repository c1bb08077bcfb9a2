using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>
/// Turns a body that does not fit its route's request record into a field error a person can act on: the
/// field's name (camelCase, as in the JSON) and what it accepts — an enum's values, a number, a date — never a
/// .NET type name or the serializer's own sentence.
/// </summary>
public static class JsonFieldRefusal
{
    public static (string Field, Refusal Refusal)? From(HttpContext context, JsonException json)
    {
        if (json.Path is not { Length: > 2 } path)
        {
            return null;
        }
        var field = FieldOf(path);
        var requestType = RefusedEndpoint.Of(context)?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var type = requestType is null ? null : TypeAt(requestType, field);
        return (field, Expected(type));
    }

    private static Refusal Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is not null && type != typeof(string) && ElementOf(type) is { } element)
        {
            var item = Nullable.GetUnderlyingType(element) ?? element;
            return item.IsEnum
                ? Refusal.Of(ProblemCodes.NotOneOf, ("accepted", AcceptedValues.Of(item)))
                : Refusal.Of(ProblemCodes.WrongType, ("expected", "list"));
        }
        return type switch
        {
            { IsEnum: true } => Refusal.Of(ProblemCodes.NotOneOf, ("accepted", AcceptedValues.Of(type))),
            _ when type == typeof(int) || type == typeof(long) => Refusal.Of(ProblemCodes.WrongType, ("expected", "integer")),
            _ when type == typeof(double) || type == typeof(decimal) => Refusal.Of(ProblemCodes.WrongType, ("expected", "number")),
            _ when type == typeof(bool) => Refusal.Of(ProblemCodes.WrongType, ("expected", "boolean")),
            _ when type == typeof(DateOnly) => Refusal.Of(ProblemCodes.WrongType, ("expected", "date")),
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => Refusal.Of(ProblemCodes.WrongType, ("expected", "dateTime")),
            _ when type == typeof(string) => Refusal.Of(ProblemCodes.WrongType, ("expected", "text")),
            null => Refusal.Of(ProblemCodes.MalformedBody),
            _ => Refusal.Of(ProblemCodes.WrongType, ("expected", "object")),
        };
    }

    // "$.vulnerabilities[2]" → "vulnerabilities"; "$.capacity.shelterBeds" → "capacity.shelterBeds".
    private static string FieldOf(string path)
    {
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 ? field[..bracket] : field;
    }

    private static Type? TypeAt(Type type, string field)
    {
        Type? current = type;
        foreach (var name in field.Split('.'))
        {
            current = current?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }
        return current;
    }

    private static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
