namespace Reception.Silo.Hosting;

/// <summary>Where grain state, reminders and (for PostgreSQL) cluster membership live.</summary>
public enum StorageMode
{
    /// <summary>Embedded: a SQLite file under the data folder, localhost clustering. Nothing to install.</summary>
    Sqlite,

    /// <summary>Production: PostgreSQL through Npgsql for clustering, grain state and reminders.</summary>
    Postgres,
}
