using System.Data.Common;
using Npgsql;

namespace Reception.Silo.Records;

/// <summary>The daily figures from PostgreSQL, where the *_date columns are <c>date</c> and times <c>timestamptz</c>.</summary>
internal sealed class PostgresDailyFigures(string connectionString) : SqlDailyFigures
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    protected override async Task<DbConnection> OpenAsync() => await _dataSource.OpenConnectionAsync();

    protected override object DateValue(DateOnly day) => day;

    protected override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);
}
