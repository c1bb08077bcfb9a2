namespace Reception.Grains.Shared;

/// <summary>Collects every problem with a command so the person sees all of them at once.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    public void AddIf(bool condition, string field, string message)
    {
        if (condition)
        {
            Add(field, message);
        }
    }

    public void ThrowIfAny()
    {
        if (!Any)
        {
            return;
        }
        var messages = _errors.SelectMany(e => e.Value).ToList();
        var message = messages.Count == 1 ? messages[0] : string.Join(" ", messages);
        throw new ReceptionException(ErrorKind.Validation, message, _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
