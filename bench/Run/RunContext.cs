namespace Reception.Bench.Run;

/// <summary>
/// What the phases of one <c>run</c> share: the API client, the load generator, the log, the notes that go into the
/// result and the count of arrivals acknowledged so far.
/// </summary>
internal sealed class RunContext(ReceptionClient client, Load load, TextWriter log)
{
    private readonly List<string> _notes = [];

    public ReceptionClient Client => client;

    public Load Load => load;

    public TextWriter Log => log;

    public IReadOnlyList<string> Notes => _notes;

    public long TotalArrivals { get; private set; }

    public void Count(long arrivals) => TotalArrivals += arrivals;

    public void Note(string note) => _notes.Add(note);
}
