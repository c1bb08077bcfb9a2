using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;
using Reception.Grains.Records;

namespace Reception.Silo.Upgrade;

/// <summary>
/// At startup, before the silo accepts calls, moves every case the release before the permanent record left in
/// <c>OrleansStorage</c> into the record (docs/record.md, "Upgrading from the release before the record"). Only
/// cases the record does not hold are read, so a restart resumes where a stopped run left off and a second start
/// moves nothing. The legacy rows are kept.
/// </summary>
public sealed partial class LegacyCaseUpgrade(
    LegacyCaseRows rows,
    IRecordStore records,
    IGrainStorageSerializer legacySerializer,
    Serializer serializer,
    ILogger<LegacyCaseUpgrade> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public const int PageSize = 500;
    private const int ParallelWrites = 8;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(LegacyCaseUpgrade), ServiceLifecycleStage.ApplicationServices, RunAsync);

    /// <summary>Moves the pending cases and returns how many it wrote.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var zones = LegacyCatalog.PointZones(await rows.CatalogAsync(cancellationToken), legacySerializer);
        int moved = 0, present = 0, skipped = 0, failed = 0;
        var after = "";
        while (true)
        {
            var page = await rows.PendingCasesAsync(after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }
            after = page[^1].CaseId;
            await Parallel.ForEachAsync(page, new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken }, async (row, _) =>
            {
                switch (await MoveAsync(row.CaseId, row.Payload, zones))
                {
                    case Outcome.Moved: Interlocked.Increment(ref moved); break;
                    case Outcome.AlreadyThere: Interlocked.Increment(ref present); break;
                    case Outcome.NotACase: Interlocked.Increment(ref skipped); break;
                    default: Interlocked.Increment(ref failed); break;
                }
            });
        }

        if (failed > 0)
        {
            LogIncomplete(moved, failed);
        }
        LogMoved(moved, present, skipped, failed);
        return moved;
    }

    private async Task<Outcome> MoveAsync(string caseId, BinaryData payload, IReadOnlyDictionary<string, string> zones)
    {
        CaseWrite? write;
        try
        {
            write = LegacyCases.Convert(caseId, payload, legacySerializer, serializer, zones);
        }
        catch (Exception ex)
        {
            LogUnreadable(ex, caseId);
            return Outcome.Failed;
        }
        if (write is null)
        {
            return Outcome.NotACase;
        }
        try
        {
            await records.SaveAsync(write);
            return Outcome.Moved;
        }
        catch (InconsistentStateException)
        {
            // Another silo of the cluster moved it first.
            return Outcome.AlreadyThere;
        }
        catch (Exception ex)
        {
            LogNotWritten(ex, caseId);
            return Outcome.Failed;
        }
    }

    private enum Outcome { Moved, AlreadyThere, NotACase, Failed }

    [LoggerMessage(Level = LogLevel.Information, Message = "Record upgrade: moved {Moved} legacy case(s) to the record ({Present} moved by another silo, {Skipped} not registered, {Failed} failed)")]
    private partial void LogMoved(int moved, int present, int skipped, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Record upgrade: {Failed} legacy case(s) were not moved and stay in OrleansStorage; the next start tries them again ({Moved} moved)")]
    private partial void LogIncomplete(int moved, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Record upgrade: the legacy state of case {CaseId} could not be read")]
    private partial void LogUnreadable(Exception exception, string caseId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Record upgrade: case {CaseId} could not be written to the record")]
    private partial void LogNotWritten(Exception exception, string caseId);
}
