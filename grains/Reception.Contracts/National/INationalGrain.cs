using Reception.Contracts.LiveFeed;
using Reception.Contracts.Points;

namespace Reception.Contracts.National;

/// <summary>
/// The national picture: the latest summary of every point, fed by the points on a timer (not per arrival).
/// Derived data, rebuilt on activation; use the key <see cref="Key"/>.
/// </summary>
[Alias("reception.national")]
public interface INationalGrain : IGrainWithStringKey
{
    public const string Key = "MX";

    [Alias("picture")]
    Task<NationalPicture> GetPicture();

    [OneWay, Alias("report")]
    Task ReportPoint(PointSummary summary);

    [Alias("subscribe")]
    Task Subscribe(ILiveFeedObserver observer);

    [Alias("unsubscribe")]
    Task Unsubscribe(ILiveFeedObserver observer);
}
