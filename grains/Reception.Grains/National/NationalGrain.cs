using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reception.Contracts.LiveFeed;
using Reception.Contracts.National;
using Reception.Contracts.Points;
using Reception.Grains.Catalog;
using Reception.Grains.Shared;

namespace Reception.Grains.National;

/// <summary>
/// Derived and in memory only: the latest summary each point reported (points report on their own timers, at most
/// once a second and only when changed). On activation it asks every point in the catalog for its summary.
/// </summary>
[GrainType("reception.national")]
internal sealed class NationalGrain(
    ICatalogCache catalog,
    TimeProvider time,
    IOptions<LiveFeedOptions> feedOptions,
    ILogger<NationalGrain> logger) : Grain, INationalGrain
{
    private readonly Dictionary<string, PointSummary> _points = new(StringComparer.Ordinal);
    private readonly LiveFeed _feed = new(time, logger);
    private readonly List<AlertChange> _alerts = [];
    private bool _changed = true;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _feed.Start(this, feedOptions.Value.Interval, Tick);
        var snapshot = await catalog.GetAsync();
        var summaries = snapshot.Points.Select(async p =>
        {
            try
            {
                return await GrainFactory.GetGrain<IReceptionPointGrain>(p.Code).GetSummary().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Point {Code} did not answer while the national picture was rebuilt; it will report on its own.", p.Code);
                return null;
            }
        });
        foreach (var summary in await Task.WhenAll(summaries))
        {
            if (summary is not null && !_points.ContainsKey(summary.Code))
            {
                _points[summary.Code] = summary;
            }
        }
    }

    public Task<NationalPicture> GetPicture() => Task.FromResult(Picture());

    public Task ReportPoint(PointSummary summary)
    {
        if (_points.TryGetValue(summary.Code, out var previous))
        {
            if (previous.AsOf > summary.AsOf)
            {
                return Task.CompletedTask;
            }
            if (previous.AlertLevel != summary.AlertLevel)
            {
                _alerts.Add(new AlertChange(summary.Code, previous.AlertLevel, summary.AlertLevel,
                    summary.AlertReason?.Describe() ?? $"alert level is now {summary.AlertLevel}", summary.AsOf, summary.AlertReason));
            }
        }
        _points[summary.Code] = summary;
        _changed = true;
        return Task.CompletedTask;
    }

    public Task Subscribe(ILiveFeedObserver observer)
    {
        _feed.Subscribe(observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ILiveFeedObserver observer)
    {
        _feed.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private NationalPicture Picture()
    {
        var points = _points.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var totals = new NationalTotals(
            points.Sum(p => p.ArrivedToday), points.Sum(p => p.ArrivedLastHour), points.Sum(p => p.Present),
            points.Sum(p => p.Capacity.ShelterBeds), points.Sum(p => p.PendingReferrals), points.Sum(p => p.UnmetNeedsToday),
            points.Sum(p => p.CustodyOverdue));
        return new NationalPicture(points, totals, time.GetUtcNow());
    }

    /// <summary>Once per live-feed interval, for the hosts watching: the alert changes reported since, and the picture if a point reported.</summary>
    private void Tick()
    {
        if (!_feed.IsWatched)
        {
            _alerts.Clear();
            return;
        }
        foreach (var change in _alerts)
        {
            _feed.Send(o => o.NationalAlertChanged(change));
        }
        _alerts.Clear();
        if (_changed)
        {
            _changed = false;
            var picture = Picture();
            _feed.Send(o => o.NationalUpdated(picture));
        }
    }
}
