using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;
using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>
/// Turns a query parameter that does not parse as its route's number (<c>?limit=many</c>) into a field error naming
/// the parameter and what it accepts, instead of the framework's bare "failed to bind" 400.
/// </summary>
public static class QueryFieldRefusal
{
    public static (string Field, Refusal Refusal)? From(HttpContext context)
    {
        var parameters = RefusedEndpoint.Of(context)?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [];
        foreach (var parameter in parameters)
        {
            if (!context.Request.Query.TryGetValue(parameter.Name, out var values))
            {
                continue;
            }
            var type = Nullable.GetUnderlyingType(parameter.ParameterInfo.ParameterType) ?? parameter.ParameterInfo.ParameterType;
            if ((type == typeof(int) || type == typeof(long)) && values.Any(v => !Parses(type, v)))
            {
                return (parameter.Name, Refusal.Of(ProblemCodes.WrongType, ("expected", "integer")));
            }
        }
        return null;
    }

    private static bool Parses(Type type, string? value) => type == typeof(int)
        ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
}
