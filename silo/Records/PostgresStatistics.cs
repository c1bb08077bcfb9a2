using System.Data.Common;
using Npgsql;

namespace Reception.Silo.Records;

/// <summary>The statistics from PostgreSQL: <c>date</c> columns, <c>text[]</c> lists and <c>jsonb</c> facts.</summary>
internal sealed class PostgresStatistics(string connectionString) : SqlStatistics
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(Tuned(connectionString));

    protected override string DocumentsFrom =>
        "reception_case c CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.documents_held) > 0 THEN c.documents_held ELSE ARRAY['none'] END) AS d(document)";

    protected override string DocumentValue => "d.document";

    protected override string Vulnerable => "CASE WHEN cardinality(c.vulnerabilities) > 0 THEN 1 ELSE 0 END";

    protected override string WaitSeconds => "greatest(0, floor(extract(epoch FROM c.first_service_at - c.arrived_at))::bigint)";

    protected override async Task<DbConnection> OpenAsync() => await _dataSource.OpenConnectionAsync();

    protected override object DateValue(DateOnly day) => day;

    protected override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    protected override string Fact(string name) => $"(e.facts ->> '{name}')";

    /// <summary>
    /// A year's bulletin groups ~444,000 (cell, person) pairs, a hash table of ~100 MB: within the default 4 MB of
    /// work_mem PostgreSQL sorts them on disk instead, about four times slower. JIT compiles for 25-100 ms and gains nothing
    /// on these aggregates. Only the statistics' own connections get these settings (docs/performance.md, "Statistics").
    /// </summary>
    private static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c work_mem=96MB -c jit=off".Trim();
        return builder.ConnectionString;
    }
}
