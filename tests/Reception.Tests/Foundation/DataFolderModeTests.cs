using System.Runtime.Versioning;
using Reception.Tests.Infrastructure;

namespace Reception.Tests.Foundation;

/// <summary>The data folder and its files are the owner's alone from the first start: folder 0700, files 0600.</summary>
public sealed class DataFolderModeTests
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task After_a_first_start_the_data_folder_is_0700_and_the_database_and_key_files_0600()
    {
        var dataPath = Path.Combine(ReceptionHosts.NewDataFolder(), "data");
        var ports = ReceptionHosts.Ports.Free();
        await using var host = ReceptionHosts.StartEmbeddedApi(dataPath, ports);
        await host.WaitUntilReadyAsync();
        // A sign-in and a write: the key is read, the database has written (its -wal and -shm exist in WAL mode).
        await SignIn.TokenAsync(ports.BaseUrl, "coordinator");

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(dataPath));
        var files = new[] { "reception.db", "reception.db-wal", "reception.db-shm", "signing-key" }
            .Select(name => Path.Combine(dataPath, name))
            .Where(File.Exists)
            .ToList();
        Assert.Contains(Path.Combine(dataPath, "reception.db"), files);
        Assert.Contains(Path.Combine(dataPath, "signing-key"), files);
        Assert.All(files, file => Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(file)));
        Assert.DoesNotContain(Directory.GetFiles(dataPath), file => (File.GetUnixFileMode(file) & ~OwnerOnlyFile) != 0);
    }
}
