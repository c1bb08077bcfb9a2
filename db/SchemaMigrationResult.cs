namespace Reception.Db;

/// <summary>What <see cref="SchemaMigrator.ApplyAsync"/> found and did.</summary>
/// <param name="PreviousVersion">Highest schema version recorded before the call (0 for an empty database).</param>
/// <param name="CurrentVersion">Highest schema version recorded after the call.</param>
/// <param name="AppliedScripts">File names of the scripts this call applied, in order; empty when the schema was already current.</param>
public sealed record SchemaMigrationResult(int PreviousVersion, int CurrentVersion, IReadOnlyList<string> AppliedScripts);
