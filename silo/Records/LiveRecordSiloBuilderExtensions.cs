using Microsoft.Extensions.DependencyInjection;
using Reception.Db;
using Reception.Grains.Records;

namespace Reception.Silo.Records;

/// <summary>Registers what points and programs read of the record to reconcile with it.</summary>
public static class LiveRecordSiloBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="ILiveRecord"/> over the record's tables of <paramref name="engine"/> (the database must carry
    /// the Reception schema, <see cref="SchemaMigrator.ApplyAsync"/>). Without it points and programs do not reconcile.
    /// </summary>
    public static ISiloBuilder AddReceptionLiveRecord(this ISiloBuilder silo, DatabaseEngine engine, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.Services.AddSingleton<ILiveRecord>(new SqlLiveRecord(engine, connectionString));
        return silo;
    }
}
