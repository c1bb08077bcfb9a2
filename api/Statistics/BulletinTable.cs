using Reception.Contracts.Statistics;

namespace Reception.Api.Statistics;

/// <summary>
/// The bulletin laid out as the official bulletin does, as a grid of cells for the exports: title, period,
/// generation time and a note; then states and their points as rows (each state followed by its total, the national
/// total last) and sex × age group × accompaniment as columns with a row total; then the same columns by state of
/// origin. Counts of 1 and 2 become "&lt;3" when asked to suppress (totals are never suppressed).
/// </summary>
public static class BulletinTable
{
    private static readonly string[] Sexes = ["male", "female", "unspecified"];

    private static readonly (string Age, string Accompaniment)[] Groups =
    [
        ("18+", "notApplicable"), ("0-11", "accompanied"), ("0-11", "unaccompanied"),
        ("12-17", "accompanied"), ("12-17", "unaccompanied"), ("unknown", "notApplicable"),
    ];

    public const string Suppressed = "<3";

    public static List<object?[]> Grid(Bulletin bulletin, bool suppress, StatisticsLabels labels)
    {
        var columns = Sexes.SelectMany(s => Groups.Select(g => (Sex: s, g.Age, g.Accompaniment)))
            .Concat(bulletin.Rows.Select(r => (r.Sex, Age: r.AgeGroup, r.Accompaniment)))
            .Distinct().ToList();
        var header = columns.Select(c => labels.Column(c.Sex, c.Age, c.Accompaniment)).ToList();
        object? Cell(int count) => suppress && count is > 0 and < 3 ? Suppressed : count;
        object?[] Line(string? first, string? second, IEnumerable<BulletinRow> rows, bool isTotal)
        {
            var list = rows.ToList();
            var counts = columns.Select(c => list.Where(r => r.Sex == c.Sex && r.AgeGroup == c.Age && r.Accompaniment == c.Accompaniment).Sum(r => r.Events));
            return [first, second, .. counts.Select(n => isTotal ? n : Cell(n)), list.Sum(r => r.Events)];
        }

        var grid = new List<object?[]>
        {
            new object?[] { labels.Title },
            new object?[] { labels.Period, $"{bulletin.From:yyyy-MM-dd} – {bulletin.To:yyyy-MM-dd}" },
            new object?[] { labels.Generated, bulletin.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture) },
            new object?[] { labels.Note, suppress ? labels.SuppressedNote : labels.CompleteNote },
            Array.Empty<object?>(),
        };
        grid.Add([labels.State, labels.Point, .. header, labels.Total]);
        foreach (var state in bulletin.Rows.GroupBy(r => r.State ?? labels.Unknown).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var point in state.GroupBy(r => r.Point).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                grid.Add(Line(state.Key, point.Key, point, isTotal: false));
            }
            grid.Add(Line(state.Key, labels.Total, state, isTotal: true));
        }
        grid.Add(Line(labels.NationalTotal, null, bulletin.Rows, isTotal: true));
        grid.Add([]);
        grid.Add([labels.OriginState, null, .. header, labels.Total]);
        foreach (var origin in bulletin.Rows.GroupBy(r => r.OriginState ?? labels.Unknown).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            grid.Add(Line(origin.Key, null, origin, isTotal: false));
        }
        grid.Add(Line(labels.NationalTotal, null, bulletin.Rows, isTotal: true));
        return grid;
    }
}
