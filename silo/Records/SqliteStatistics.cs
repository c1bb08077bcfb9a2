using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Reception.Silo.Records;

/// <summary>The statistics from the SQLite file: dates and times as text, lists and facts as JSON text.</summary>
internal sealed class SqliteStatistics(string connectionString) : SqlStatistics
{
    private const string DateFormat = "yyyy-MM-dd";

    protected override string DocumentsFrom =>
        "reception_case c, json_each(CASE WHEN c.documents_held IS NULL OR c.documents_held = '[]' THEN '[\"none\"]' ELSE c.documents_held END) AS d";

    protected override string DocumentValue => "d.value";

    protected override string Vulnerable => "CASE WHEN c.vulnerabilities <> '[]' THEN 1 ELSE 0 END";

    // Exact milliseconds from the ISO texts, then whole seconds as the live view truncates them.
    protected override string WaitSeconds =>
        "max(0, CAST((julianday(c.first_service_at) - julianday(c.arrived_at)) * 86400000 + 0.5 AS INTEGER) / 1000)";

    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    protected override object DateValue(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    protected override DateOnly ReadDate(DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture);

    protected override string Fact(string name) => $"json_extract(e.facts, '$.{name}')";
}
