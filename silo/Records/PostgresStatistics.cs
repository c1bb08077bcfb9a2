using System.Data.Common;
using Npgsql;

namespace Reception.Silo.Records;

/// <summary>The statistics from PostgreSQL: <c>date</c> columns, <c>text[]</c> lists and <c>jsonb</c> facts.</summary>
internal sealed class PostgresStatistics(string connectionString) : SqlStatistics
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    protected override string DocumentsFrom =>
        "reception_case c CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.documents_held) > 0 THEN c.documents_held ELSE ARRAY['none'] END) AS d(document)";

    protected override string DocumentValue => "d.document";

    protected override string Vulnerable => "CASE WHEN cardinality(c.vulnerabilities) > 0 THEN 1 ELSE 0 END";

    protected override string WaitSeconds => "greatest(0, floor(extract(epoch FROM c.first_service_at - c.arrived_at))::bigint)";

    protected override async Task<DbConnection> OpenAsync() => await _dataSource.OpenConnectionAsync();

    protected override object DateValue(DateOnly day) => day;

    protected override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    protected override string Fact(string name) => $"(e.facts ->> '{name}')";
}
