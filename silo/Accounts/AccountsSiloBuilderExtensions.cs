using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reception.Db;
using Reception.Grains.Accounts;
using Reception.Silo.Hosting;
using Reception.Silo.Storage;

namespace Reception.Silo.Accounts;

public static class AccountsSiloBuilderExtensions
{
    /// <summary>The built-in issuer's account store for the silo's storage (SQLite writes queue on the process-wide gate).</summary>
    public static ISiloBuilder AddReceptionAccounts(this ISiloBuilder silo, ReceptionSettings settings)
    {
        silo.Services.TryAddSingleton<SqliteWriteGate>();
        silo.Services.AddSingleton<IAccountStore>(services => settings.Storage == StorageMode.Postgres
            ? new SqlAccountStore(DatabaseEngine.Postgres, settings.ConnectionString)
            : new SqlAccountStore(DatabaseEngine.Sqlite, settings.ConnectionString, services.GetRequiredService<SqliteWriteGate>()));
        return silo;
    }
}
