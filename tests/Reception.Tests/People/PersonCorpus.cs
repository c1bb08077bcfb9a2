using Reception.Contracts.Returnees;
using Reception.Grains.People;

namespace Reception.Tests.People;

/// <summary>One labelled pair of the corpus: an earlier return and a new arrival, the same person or a near miss.</summary>
public sealed record CorpusPair(int Index, bool Same, string Kind, MatchSubject Earlier, MatchSubject Arrival)
{
    /// <summary>The variations of the pair ("accentsDropped+surnamesTransposed" → both).</summary>
    public IEnumerable<string> Kinds => Kind.Split('+');
}

/// <summary>Reads person-corpus.csv, written by generate-corpus.py.</summary>
public static class PersonCorpus
{
    public static IReadOnlyList<CorpusPair> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "People", "person-corpus.csv");
        return File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select((line, index) =>
        {
            var cells = line.Split(',');
            return new CorpusPair(index, cells[0] == "same", cells[1], Subject(cells.AsSpan(2, 7)), Subject(cells.AsSpan(9, 7)));
        }).ToList();
    }

    private static MatchSubject Subject(ReadOnlySpan<string> cells) => new(
        cells[0],
        cells[1],
        Enum.Parse<Sex>(cells[2]),
        cells[3].Length > 0 ? DateOnly.Parse(cells[3]) : null,
        cells[4].Length > 0 ? int.Parse(cells[4]) : null,
        DateOnly.Parse(cells[5]),
        cells[6].Length > 0 ? cells[6] : null);
}
