namespace Reception.Db;

/// <summary>The database engines Reception can keep its Orleans state in.</summary>
public enum DatabaseEngine
{
    /// <summary>A local SQLite file (embedded mode, single silo).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by every silo of the cluster.</summary>
    Postgres,
}
