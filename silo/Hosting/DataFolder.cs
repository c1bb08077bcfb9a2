namespace Reception.Silo.Hosting;

/// <summary>
/// The data folder and the files in it are the owner's alone (Unix): the folder is created 0700, the SQLite
/// database 0600 before SQLite opens it (SQLite gives its <c>-wal</c>, <c>-shm</c> and journal files the
/// database's mode), and files found from an earlier version are narrowed to 0600.
/// </summary>
public static class DataFolder
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly string[] SqliteCompanions = ["", "-wal", "-shm", "-journal"];

    public static void Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else if (!Directory.Exists(path))
        {
            Directory.CreateDirectory(path, FolderMode);
        }
    }

    /// <summary>Creates the SQLite file owner-only if it is missing, and narrows it and its companions if not.</summary>
    public static void PrepareSqliteFile(string databasePath)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(databasePath))
        {
            try
            {
                new FileStream(databasePath, new FileStreamOptions
                {
                    Mode = System.IO.FileMode.CreateNew,
                    Access = FileAccess.Write,
                    UnixCreateMode = FileMode,
                }).Dispose();
            }
            catch (IOException) when (File.Exists(databasePath))
            {
                // another host sharing the folder created it first
            }
        }

        foreach (var companion in SqliteCompanions.Select(suffix => databasePath + suffix).Where(File.Exists))
        {
            if ((File.GetUnixFileMode(companion) & ~FileMode) != 0)
            {
                File.SetUnixFileMode(companion, FileMode);
            }
        }
    }
}
