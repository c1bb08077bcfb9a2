using System.Net.Sockets;
using Npgsql;
using Reception.Db;

namespace Reception.Silo.Hosting;

/// <summary>
/// Makes the storage usable before Orleans starts: the data folder exists and is writable, the
/// database is reachable, and the schema is at the latest version. Problems become one-line
/// <see cref="ReceptionConfigurationException"/>s.
/// </summary>
public static class StoragePreparation
{
    public static async Task<SchemaMigrationResult> PrepareAsync(ReceptionSettings settings, CancellationToken cancellationToken = default)
    {
        EnsureDataFolderWritable(settings.DataPath);
        if (settings.Storage == StorageMode.Sqlite)
        {
            DataFolder.PrepareSqliteFile(settings.SqliteFilePath);
        }

        var engine = settings.Storage == StorageMode.Postgres ? DatabaseEngine.Postgres : DatabaseEngine.Sqlite;
        try
        {
            return await SchemaMigrator.ApplyAsync(engine, settings.ConnectionString, cancellationToken);
        }
        catch (Exception ex) when (settings.Storage == StorageMode.Postgres && IsUnreachable(ex))
        {
            var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
            throw new ReceptionConfigurationException(
                $"Cannot reach PostgreSQL at {builder.Host}:{builder.Port} ({Innermost(ex).Message}): " +
                "start the server or correct ConnectionStrings:Reception.", ex);
        }
        catch (SchemaMigrationException ex)
        {
            throw new ReceptionConfigurationException(ex.Message, ex);
        }
    }

    private static void EnsureDataFolderWritable(string dataPath)
    {
        try
        {
            DataFolder.Create(dataPath);
            var probe = Path.Combine(dataPath, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReceptionConfigurationException(
                $"The data folder '{dataPath}' is not writable ({ex.Message}): set Reception:DataPath to a folder this user can write.", ex);
        }
    }

    private static bool IsUnreachable(Exception ex) =>
        Innermost(ex) is SocketException or TimeoutException
        || ex.InnerException is NpgsqlException { InnerException: SocketException or TimeoutException or IOException };

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }
}
