namespace Reception.Grains.Reconciliation;

/// <summary>
/// The differences a point or program has seen between itself and the record, by entry: at which version of the
/// case, since when (real time, whatever the grain's clock), and whether the case answered that it had nothing
/// left to deliver. A difference is drift only when a later check sees it again at the same version, settled and
/// past the grace: until then it may be an update in flight.
/// </summary>
internal sealed class DriftSuspects
{
    private readonly Dictionary<string, Suspect> _suspects = new(StringComparer.Ordinal);

    public int Count => _suspects.Count;

    /// <summary>The differences not yet settled by their case's answer.</summary>
    public List<string> Unsettled => _suspects.Where(s => !s.Value.Settled).Select(s => s.Key).ToList();

    /// <summary>Notes the differences seen now (entry and version of its case) and returns those that are drift.</summary>
    public List<string> Confirm(IReadOnlyDictionary<string, long> differing, TimeSpan grace)
    {
        var now = Environment.TickCount64;
        foreach (var id in _suspects.Keys.Where(id => !differing.ContainsKey(id)).ToList())
        {
            _suspects.Remove(id);
        }
        var drift = new List<string>();
        foreach (var (id, version) in differing)
        {
            if (!_suspects.TryGetValue(id, out var suspect) || suspect.Version != version)
            {
                _suspects[id] = new Suspect(version, now);
            }
            else if (suspect.Settled && TimeSpan.FromMilliseconds(now - suspect.Since) >= grace)
            {
                drift.Add(id);
            }
        }
        return drift;
    }

    public void Settle(string id)
    {
        if (_suspects.TryGetValue(id, out var suspect))
        {
            suspect.Settled = true;
        }
    }

    public void Forget(string id) => _suspects.Remove(id);

    private sealed class Suspect(long version, long since)
    {
        public long Version { get; } = version;

        public long Since { get; } = since;

        public bool Settled { get; set; }
    }
}
