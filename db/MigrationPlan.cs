namespace Reception.Db;

/// <summary>Which scripts still have to run, given the versions a database has recorded.</summary>
internal static class MigrationPlan
{
    public static IReadOnlyList<SchemaScript> Pending(IReadOnlyList<SchemaScript> scripts, IReadOnlySet<int> recorded) =>
        scripts.Where(script => !recorded.Contains(script.Version)).ToList();

    public static int Highest(IReadOnlySet<int> recorded) => recorded.Count == 0 ? 0 : recorded.Max();

    /// <summary>Collapses a driver message to one line.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
