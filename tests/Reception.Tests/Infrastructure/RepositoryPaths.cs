namespace Reception.Tests.Infrastructure;

/// <summary>Where the built hosts are, relative to the repository that holds this test run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration the tests were built with, so the hosts come from the same build.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";

    public static string ApiAssembly => Path.Combine(Root, "api", "bin", Configuration, "net10.0", "Reception.Api.dll");

    public static string SiloAssembly => Path.Combine(Root, "silo", "bin", Configuration, "net10.0", "Reception.Silo.dll");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reception.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Reception.sln not found above the test output folder.");
    }
}
