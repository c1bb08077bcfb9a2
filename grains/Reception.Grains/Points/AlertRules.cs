using Reception.Contracts.Points;

namespace Reception.Grains.Points;

/// <summary>
/// The alert level (docs/workflow.md). Bed rules apply only when the point has shelter beds, rate rules only when
/// it has a usual daily arrival figure.
/// </summary>
internal static class AlertRules
{
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(6);

    /// <summary>Notices this late and not yet arrived still count as coming.</summary>
    public static readonly TimeSpan LateGrace = TimeSpan.FromHours(2);

    public static (AlertLevel Level, string Reason) Evaluate(PointCapacity capacity, int present, int projected, int lastHour)
    {
        double beds = capacity.ShelterBeds;
        var usualHourly = capacity.UsualDailyArrivals / 24.0;
        var hasBeds = beds > 0;
        var hasRate = usualHourly > 0;
        if (hasBeds && present >= beds)
        {
            return (AlertLevel.Critical, $"{present} people present for {capacity.ShelterBeds} beds");
        }
        if (hasBeds && projected >= 1.25 * beds)
        {
            return (AlertLevel.Critical, $"projected occupancy {projected} is at least 125% of {capacity.ShelterBeds} beds");
        }
        if (hasBeds && projected >= beds)
        {
            return (AlertLevel.Surge, $"projected occupancy {projected} reaches {capacity.ShelterBeds} beds");
        }
        if (hasRate && lastHour >= 3 * usualHourly)
        {
            return (AlertLevel.Surge, $"{lastHour} arrivals in the last hour, at least 3x the usual {usualHourly:0.#}");
        }
        if (hasBeds && projected >= 0.8 * beds)
        {
            return (AlertLevel.Watch, $"projected occupancy {projected} is at least 80% of {capacity.ShelterBeds} beds");
        }
        if (hasRate && lastHour >= 1.5 * usualHourly)
        {
            return (AlertLevel.Watch, $"{lastHour} arrivals in the last hour, at least 1.5x the usual {usualHourly:0.#}");
        }
        return (AlertLevel.Normal, "within capacity and usual arrival rate");
    }
}
