using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reception.Contracts.Rights;
using Reception.Grains.Records;

namespace Reception.Grains.Rights;

/// <summary>
/// The retention policy's job: one grain in the cluster, run by its reminder every <see cref="RetentionOptions.Interval"/>
/// (and at once by a coordinator). A run anonymises, as the system, the closed cases that left more than
/// <see cref="RetentionOptions.YearsAfterExit"/> years before now, at most <see cref="Limits.RetentionBatchSize"/> a run;
/// a dry run lists them by arrival month and point and changes nothing. A case that fails is logged and tried again
/// next run (the record still lists it as due).
/// </summary>
[GrainType("reception.retention")]
internal sealed partial class RetentionGrain(IRightsRecord rights, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionGrain> logger)
    : Grain, IRetentionGrain, IRemindable
{
    private const string Reminder = "retention";
    private const string SystemUser = "retention";

    private RetentionOptions Options => options.Value;

    public async Task Schedule()
    {
        if (Options.Enabled)
        {
            await this.RegisterOrUpdateReminder(Reminder, Options.Interval, Options.Interval);
        }
        else if (await this.GetReminder(Reminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<RetentionReport> Run(bool dryRun, Actor actor)
    {
        actor.RequireRunRetention();
        if (!Options.Enabled)
        {
            throw ReceptionException.Conflict(ProblemCodes.RetentionDisabled);
        }
        return RunAsync(dryRun);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == Reminder && Options.Enabled)
        {
            await RunAsync(dryRun: false);
        }
    }

    private async Task<RetentionReport> RunAsync(bool dryRun)
    {
        var now = time.GetUtcNow();
        var exitedBefore = now.AddYears(-Options.YearsAfterExit);
        var due = await rights.DueForRetentionAsync(exitedBefore, Limits.RetentionBatchSize + 1);
        var more = due.Count > Limits.RetentionBatchSize;
        var cases = due.Take(Limits.RetentionBatchSize).ToList();
        var byMonth = cases
            .GroupBy(c => (Month: c.ArrivalLocalDate.ToString("yyyy-MM", CultureInfo.InvariantCulture), c.PointCode))
            .Select(g => new RetentionMonth(g.Key.Month, g.Key.PointCode, g.Count()))
            .OrderBy(m => m.Month, StringComparer.Ordinal).ThenBy(m => m.PointCode, StringComparer.Ordinal)
            .ToList();
        var failed = new List<string>();
        var anonymised = 0;
        if (!dryRun)
        {
            foreach (var c in cases)
            {
                try
                {
                    await GrainFactory.GetGrain<ICaseRightsGrain>(c.CaseId).Anonymise(AnonymisationReason.Retention, null, Actor.System(SystemUser));
                    anonymised++;
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    LogCaseFailed(logger, error, c.CaseId);
                    failed.Add(c.CaseId);
                }
            }
            LogRun(logger, anonymised, exitedBefore, failed.Count, more);
        }
        return new RetentionReport(dryRun, now, Options.YearsAfterExit, exitedBefore, byMonth, cases, anonymised, failed, more);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: anonymised {Anonymised} closed case(s) that left before {ExitedBefore:O} ({Failed} failed; more due: {More}).")]
    private static partial void LogRun(ILogger logger, int anonymised, DateTimeOffset exitedBefore, int failed, bool more);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention: case {CaseId} could not be anonymised; the next run tries it again.")]
    private static partial void LogCaseFailed(ILogger logger, Exception error, string caseId);
}
