using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Reception.Silo.Records;

/// <summary>
/// The daily figures from the SQLite file, where dates are "YYYY-MM-DD" text (so they compare as text) and times
/// ISO-8601 UTC text. Reads take no lock (WAL), so they need not queue on the write gate.
/// </summary>
internal sealed class SqliteDailyFigures(string connectionString) : SqlDailyFigures
{
    private const string DateFormat = "yyyy-MM-dd";

    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    protected override object DateValue(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    protected override DateOnly ReadDate(DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture);

    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
