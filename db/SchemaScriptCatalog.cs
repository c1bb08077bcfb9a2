using System.Collections.Concurrent;
using System.Reflection;

namespace Reception.Db;

/// <summary>The scripts embedded in this assembly (logical names <c>sqlite/…</c> and <c>postgres/…</c>), ordered by version.</summary>
internal static class SchemaScriptCatalog
{
    private static readonly ConcurrentDictionary<DatabaseEngine, IReadOnlyList<SchemaScript>> Cache = new();

    public static IReadOnlyList<SchemaScript> For(DatabaseEngine engine) => Cache.GetOrAdd(engine, Load);

    public static string Folder(DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.Sqlite => "sqlite",
        DatabaseEngine.Postgres => "postgres",
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown database engine."),
    };

    private static IReadOnlyList<SchemaScript> Load(DatabaseEngine engine)
    {
        var prefix = Folder(engine) + "/";
        var assembly = typeof(SchemaScriptCatalog).Assembly;
        var scripts = new List<SchemaScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[prefix.Length..];
            var version = SchemaScript.ParseVersion(name)
                ?? throw new InvalidOperationException($"Embedded schema script '{resource}' is not named NNN_name.sql.");
            if (version <= 0)
            {
                throw new InvalidOperationException($"Embedded schema script '{resource}' has version 0; versions start at 1.");
            }

            scripts.Add(new SchemaScript(version, name, ReadResource(assembly, resource)));
        }

        scripts.Sort((left, right) => left.Version.CompareTo(right.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException(
                    $"Embedded schema scripts '{prefix}{scripts[i - 1].Name}' and '{prefix}{scripts[i].Name}' share version {scripts[i].Version}.");
            }
        }

        return scripts;
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded schema script '{resource}' could not be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
