namespace Reception.Bench.Simulation;

/// <summary>A point as its live feed showed it: the first time its alert reached each level and its beds were exceeded.</summary>
internal sealed class PointTrack(int beds)
{
    private TimeSpan? _surgeAt;
    private TimeSpan? _criticalAt;
    private TimeSpan? _exceededAt;

    public int Beds { get; } = beds;
    public int Present { get; private set; }
    public int PeakPresent { get; private set; }
    public string Level { get; private set; } = "?";

    public void Observe(string level, int present, TimeSpan now)
    {
        lock (this)
        {
            if (level.Length > 0)
            {
                Level = level;
                if (level is "surge" or "critical")
                {
                    _surgeAt ??= now;
                }
                if (level == "critical")
                {
                    _criticalAt ??= now;
                }
            }
            if (present >= 0)
            {
                Present = present;
                PeakPresent = Math.Max(PeakPresent, present);
                if (Beds > 0 && present > Beds)
                {
                    _exceededAt ??= now;
                }
            }
        }
    }

    public AlertLead Lead(string code)
    {
        lock (this)
        {
            return new AlertLead(code, Beds, _surgeAt?.TotalMinutes is { } s ? Math.Round(s, 1) : null, _criticalAt?.TotalMinutes is { } c ? Math.Round(c, 1) : null,
                _exceededAt?.TotalMinutes is { } e ? Math.Round(e, 1) : null,
                _surgeAt is { } a && _exceededAt is { } b ? Math.Round((b - a).TotalMinutes, 1) : null, PeakPresent);
        }
    }
}
