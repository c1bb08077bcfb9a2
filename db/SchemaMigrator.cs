namespace Reception.Db;

/// <summary>
/// Brings a database to the latest schema by applying, in version order, every embedded script
/// whose version is not yet recorded in <c>reception_schema_version</c>. Safe to call on every
/// start and from several hosts at once: the work happens in one transaction under a database-wide
/// lock, and the recorded versions are re-read inside it.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>Name of the table that records which script versions have been applied.</summary>
    public const string VersionTable = "reception_schema_version";

    /// <summary>Applies every embedded script whose version is not yet recorded; returns what it did.</summary>
    /// <exception cref="SchemaMigrationException">The database could not be opened or a script failed; nothing was changed.</exception>
    public static Task<SchemaMigrationResult> ApplyAsync(DatabaseEngine engine, string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var scripts = SchemaScriptCatalog.For(engine);
        return engine switch
        {
            DatabaseEngine.Postgres => PostgresSchemaMigrator.ApplyAsync(scripts, connectionString, cancellationToken),
            DatabaseEngine.Sqlite => SqliteSchemaMigrator.ApplyAsync(scripts, connectionString, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown database engine."),
        };
    }

    /// <summary>The highest schema version embedded for <paramref name="engine"/>.</summary>
    public static int LatestVersion(DatabaseEngine engine)
    {
        var scripts = SchemaScriptCatalog.For(engine);
        return scripts.Count == 0 ? 0 : scripts[^1].Version;
    }
}
