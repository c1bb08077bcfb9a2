using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reception.Contracts.Catalog;
using Reception.Contracts.LiveFeed;
using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Grains.Catalog;
using Reception.Grains.Reconciliation;
using Reception.Grains.Returnees;
using Reception.Grains.Shared;

namespace Reception.Grains.Programs;

[GrainType("reception.program")]
internal sealed partial class ProgramGrain(
    [PersistentState("program", StorageNames.Incremental)] IPersistentState<ProgramState> state,
    ICatalogCache catalog,
    TimeProvider time,
    IOptions<LiveFeedOptions> feedOptions,
    ILogger<ProgramGrain> logger) : Grain, IProgramGrain, IReconciliation
{
    private readonly LiveFeed _feed = new(time, logger);
    private readonly List<ReferralUpdate> _assigned = [];
    private VersionedMirror<ProgramState, ReferralUpdate>? _mirror;

    private VersionedMirror<ProgramState, ReferralUpdate> Mirror => _mirror ??= new(state, this, r => r.Version);

    private ProgramState S => state.State;

    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        StartFeed();
        StartReconciliation();
        return Task.CompletedTask;
    }

    public async Task<ProgramSummary> Configure(ProgramProfile profile, Actor? actor = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        profile = ProgramRules.Validate(profile, Id);
        if (S.Profile is null || !ProgramRules.Same(S.Profile, profile))
        {
            S.Profile = profile;
            RollDay(time.GetUtcNow());
            await Mirror.WriteAsync();
        }
        await GrainFactory.GetGrain<ICatalogGrain>(ICatalogGrain.Key).UpsertProgram(S.Profile!, actor);
        catalog.Invalidate();
        StartFeed();
        return Summary(time.GetUtcNow());
    }

    public Task<ProgramSummary> GetSummary()
    {
        EnsureConfigured();
        return Task.FromResult(Summary(time.GetUtcNow()));
    }

    public Task<ProgramDetail> GetDetail()
    {
        EnsureConfigured();
        var now = time.GetUtcNow();
        var queue = S.Active.Values
            .ByUrgency(r => r.Priority, r => r.PriorityScore, r => r.CreatedAt)
            .Take(ProgramDetail.QueueLimit)
            .Select(r => Item(r, now))
            .ToList();
        var children = S.Active.Values.Where(r => r.Custody is not null).Select(r => Child(r, now))
            .OrderByDescending(c => c.Overdue).ThenByDescending(c => c.ElapsedHours).ThenBy(c => c.CaseId, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new ProgramDetail(Summary(now), queue, S.Active.Count, children, children.Count(c => c.Overdue),
            S.Profile!.ReunificationTarget));
    }

    public async Task ApplyReferral(ReferralUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        EnsureConfigured();
        if (update.ProgramId != Id)
        {
            throw ReceptionException.Conflict(ProblemCodes.ReferralOfOtherProgram, ("referral", update.ReferralId), ("program", update.ProgramId), ("expected", Id));
        }
        var now = time.GetUtcNow();
        RollDay(now);
        if (!Mirror.IsNews(update.ReferralId, update.Version, out var old))
        {
            // Already applied; acknowledge only once the write that holds it is durable.
            await Mirror.Durable;
            return;
        }

        if (old is null)
        {
            S.Received++;
        }
        if (old?.Status != update.Status)
        {
            switch (update.Status)
            {
                case ReferralStatus.Accepted: S.Accepted++; break;
                case ReferralStatus.Declined: S.Declined++; break;
                case ReferralStatus.Completed: S.Completed++; break;
                case ReferralStatus.Cancelled: S.Cancelled++; break;
            }
        }
        if (update.IsActive)
        {
            Mirror.Keep(update.ReferralId, update);
            if (old is null && update.Status == ReferralStatus.Pending)
            {
                _assigned.Add(update);
            }
        }
        else
        {
            Mirror.Close(update.ReferralId, update.Version, now);
        }
        Mirror.Prune(now);
        await Mirror.WriteAsync();
    }

    public Task Subscribe(ILiveFeedObserver observer)
    {
        _feed.Subscribe(observer);
        StartFeed();
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ILiveFeedObserver observer)
    {
        _feed.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private ProgramSummary Summary(DateTimeOffset now)
    {
        RollDay(now);
        var p = S.Profile!;
        return new ProgramSummary(
            p.Id, p.Name, p.Category, p.Provider, p.Points, p.DestinationStates, p.DailyCapacity,
            S.Active.Values.Count(r => r.Status == ReferralStatus.Pending),
            S.Active.Values.Count(r => r.Status == ReferralStatus.Accepted),
            new ProgramCounts(S.Received, S.Accepted, S.Declined, S.Completed, S.Cancelled), now,
            ChildrenAtPoint: S.Active.Values.Count(r => r.Custody < CustodyStatus.HandedToChildProtection),
            ChildrenAwaitingConfirmation: S.Active.Values.Count(r => r.Custody == CustodyStatus.HandedToChildProtection),
            ChildrenInCustody: S.Active.Values.Count(r => r.Custody == CustodyStatus.HandoverConfirmed),
            CustodyOverdue: S.Active.Values.Count(r => r.Custody is not null && r.CustodyDueAt < now),
            Inactive: p.Inactive, Description: p.Description);
    }

    // Without the person's consent to share, the queue shows only the flags this program's category needs.
    private ProgramQueueItem Item(ReferralUpdate r, DateTimeOffset now) => new(
        r.ReferralId, r.CaseId, r.PointCode, r.Priority, r.PriorityScore, r.Status, Math.Max(0, (long)(now - r.CreatedAt).TotalSeconds),
        r.CreatedAt, r.FlagsShared == false && S.Profile is { } p ? AutomaticReferrals.FlagsFor([p.Category], r.Flags) : r.Flags, r.Automatic,
        r.GivenNames, r.Surnames, r.AgeAtArrival, r.TimeZone);

    private static ChildInCustody Child(ReferralUpdate r, DateTimeOffset now)
    {
        var arrived = r.ArrivedAt ?? r.CreatedAt;
        var due = r.CustodyDueAt ?? arrived.AddHours(Limits.DefaultReunificationTargetHours);
        return new ChildInCustody(r.CaseId, r.ReferralId, r.PointCode, r.Custody!.Value, arrived,
            Math.Round(Math.Max(0, (now - arrived).TotalHours), 1), due, now > due, r.Custody.Value.NextStep());
    }

    private void StartFeed()
    {
        if (S.Profile is not null)
        {
            _feed.Start(this, feedOptions.Value.Interval, Tick);
        }
    }

    /// <summary>Once per live-feed interval: the summary when it changed, and the referrals that came in, most urgent first.</summary>
    private void Tick()
    {
        if (S.Profile is null)
        {
            return;
        }
        var now = time.GetUtcNow();
        var summary = Summary(now);
        if (_feed.Offer(summary with { AsOf = default, Points = [], DestinationStates = [] }))
        {
            _feed.Send(o => o.ProgramUpdated(summary));
        }
        if (_assigned.Count > 0)
        {
            var batch = _assigned.Where(r => S.Active.ContainsKey(r.ReferralId))
                .ByUrgency(r => r.Priority, r => r.PriorityScore, r => r.CreatedAt)
                .Take(LiveFeedOptions.MaxReferralsPerMessage)
                .Select(r => Item(r, now))
                .ToList();
            _assigned.Clear();
            if (batch.Count > 0)
            {
                _feed.Send(o => o.ReferralsAssigned(Id, batch));
            }
        }
    }

    private void EnsureConfigured()
    {
        if (S.Profile is null)
        {
            throw ReceptionException.NotFound(ProblemCodes.ProgramNotFound, ("program", Id));
        }
    }

    private void RollDay(DateTimeOffset now)
    {
        var today = ProgramRules.Day(now);
        if (today == S.Day)
        {
            return;
        }
        S.Day = today;
        S.Received = S.Accepted = S.Declined = S.Completed = S.Cancelled = 0;
    }
}
