using Reception.Contracts.Shared;

namespace Reception.Contracts.Rights;

/// <summary>
/// The retention policy (<c>Reception:Retention</c>): closed cases whose exit is older than the period are anonymised by a
/// reminder of this one grain (one in the cluster), or at once by <see cref="Run"/>; <see cref="Run"/> with a dry run
/// only reports. Key 0.
/// </summary>
[Alias("reception.retention")]
public interface IRetentionGrain : IGrainWithIntegerKey
{
    public const long Key = 0;

    [Alias("run")]
    Task<RetentionReport> Run(bool dryRun, Actor actor);

    /// <summary>Registers the scheduled run (every silo calls it at start; registering again changes nothing).</summary>
    [Alias("schedule")]
    Task Schedule();
}
