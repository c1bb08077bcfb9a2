using System.Globalization;

namespace Reception.Bench;

/// <summary>
/// <c>--name value</c> and <c>--flag</c> arguments. Durations accept <c>90s</c>, <c>30m</c>, <c>2h</c> or a plain number of seconds.
/// </summary>
public sealed class Options
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    public Options(IEnumerable<string> args)
    {
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null)
                {
                    _values[pending] = null;
                }
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    _values[arg[2..eq]] = arg[(eq + 1)..];
                    pending = null;
                }
                else
                {
                    pending = arg[2..];
                }
            }
            else if (pending is not null)
            {
                _values[pending] = arg;
                pending = null;
            }
            else
            {
                Positional.Add(arg);
            }
        }
        if (pending is not null)
        {
            _values[pending] = null;
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string name) => _values.ContainsKey(name);

    public string? String(string name) => _values.TryGetValue(name, out var v) ? v : null;

    public string String(string name, string fallback) => _values.TryGetValue(name, out var v) && v is not null ? v : fallback;

    public double Double(string name, double fallback) =>
        _values.TryGetValue(name, out var v) && v is not null ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var v) && v is not null ? int.Parse(v.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public TimeSpan Duration(string name, TimeSpan fallback) =>
        _values.TryGetValue(name, out var v) && v is not null ? ParseDuration(v) : fallback;

    public IReadOnlyList<int> Ints(string name, IReadOnlyList<int> fallback) =>
        _values.TryGetValue(name, out var v) && v is not null
            ? v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList()
            : fallback;

    public static TimeSpan ParseDuration(string text)
    {
        text = text.Trim();
        var unit = text[^1];
        if (char.IsDigit(unit))
        {
            return TimeSpan.FromSeconds(double.Parse(text, CultureInfo.InvariantCulture));
        }
        var number = double.Parse(text[..^1], CultureInfo.InvariantCulture);
        return unit switch
        {
            's' => TimeSpan.FromSeconds(number),
            'm' => TimeSpan.FromMinutes(number),
            'h' => TimeSpan.FromHours(number),
            'd' => TimeSpan.FromDays(number),
            _ => throw new ArgumentException($"'{text}' is not a duration: use 90s, 30m, 2h or seconds."),
        };
    }
}
