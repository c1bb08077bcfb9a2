using Reception.Contracts.Shared;

namespace Reception.Api.Problems;

/// <summary>
/// Collects field errors of a request body (camelCase field names, as in the JSON) and refuses the request
/// with all of them at once, before any grain is called.
/// </summary>
internal sealed class RequestValidator
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public RequestValidator Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    public RequestValidator Required<T>(string field, T? value)
    {
        if (value is null || value is string text && string.IsNullOrWhiteSpace(text))
        {
            Add(field, $"'{field}' is required.");
        }
        return this;
    }

    public RequestValidator Text(string field, string? value, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"'{field}' is required.");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"'{field}' has {value.Length} characters; at most {maxLength} are allowed.");
        }
        return this;
    }

    public RequestValidator Range(string field, int? value, int min, int max, bool required = false)
    {
        if (value is null)
        {
            if (required) Add(field, $"'{field}' is required.");
        }
        else if (value < min || value > max)
        {
            Add(field, $"'{field}' is {value}; it must be between {min} and {max}.");
        }
        return this;
    }

    public RequestValidator Count<T>(string field, IReadOnlyCollection<T>? values, int max, int maxItemLength = int.MaxValue)
    {
        if (values is null) return this;
        if (values.Count > max)
        {
            Add(field, $"'{field}' has {values.Count} items; at most {max} are allowed.");
        }
        if (values.OfType<string>().Any(v => string.IsNullOrWhiteSpace(v) || v.Length > maxItemLength))
        {
            Add(field, $"Each item of '{field}' must be non-empty text of at most {maxItemLength} characters.");
        }
        return this;
    }

    public void ThrowIfInvalid()
    {
        if (errors.Count == 0) return;
        var summary = string.Join(" ", errors.SelectMany(pair => pair.Value));
        throw new ReceptionException(ErrorKind.Validation, summary,
            errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()));
    }
}
