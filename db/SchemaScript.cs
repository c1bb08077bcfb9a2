using System.Globalization;
using System.Text.RegularExpressions;

namespace Reception.Db;

/// <summary>One embedded schema script: <c>NNN_name.sql</c>, where NNN is the schema version it brings the database to.</summary>
internal sealed partial record SchemaScript(int Version, string Name, string Sql)
{
    [GeneratedRegex(@"^(?<version>[0-9]{3,})_[A-Za-z0-9_\-]+\.sql$")]
    private static partial Regex FileNamePattern();

    /// <summary>Parses the version out of a script file name; null if the name does not follow <c>NNN_name.sql</c>.</summary>
    public static int? ParseVersion(string fileName)
    {
        var match = FileNamePattern().Match(fileName);
        return match.Success ? int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }
}
