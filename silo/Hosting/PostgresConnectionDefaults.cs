using Npgsql;

namespace Reception.Silo.Hosting;

/// <summary>
/// Npgsql settings Reception uses unless the operator's connection string sets them. Every storage
/// operation borrows a pooled connection; by default Npgsql resets it with DISCARD ALL before its next
/// use, which costs PostgreSQL a transaction of its own and throws away prepared plans. Reception
/// leaves no session state on its connections, so it skips the reset and lets Npgsql prepare the few
/// statements it repeats on every arrival.
/// </summary>
public static class PostgresConnectionDefaults
{
    public const int MaxAutoPrepare = 32;
    public const int AutoPrepareMinUsages = 2;

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }
        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));
}
