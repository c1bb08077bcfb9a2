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

    public static (AlertLevel Level, AlertReason Reason) Evaluate(PointCapacity capacity, int present, int projected, int lastHour)
    {
        double beds = capacity.ShelterBeds;
        var usualHourly = capacity.UsualDailyArrivals / 24.0;
        var hasBeds = beds > 0;
        var hasRate = usualHourly > 0;
        AlertReason Because(AlertReasonKind kind) => new(kind, present, projected, capacity.ShelterBeds, lastHour, usualHourly);
        if (hasBeds && present >= beds)
        {
            return (AlertLevel.Critical, Because(AlertReasonKind.PresentAtBeds));
        }
        if (hasBeds && projected >= 1.25 * beds)
        {
            return (AlertLevel.Critical, Because(AlertReasonKind.ProjectedFarOverBeds));
        }
        if (hasBeds && projected >= beds)
        {
            return (AlertLevel.Surge, Because(AlertReasonKind.ProjectedAtBeds));
        }
        if (hasRate && lastHour >= 3 * usualHourly)
        {
            return (AlertLevel.Surge, Because(AlertReasonKind.ArrivalsThreeTimesUsual));
        }
        if (hasBeds && projected >= 0.8 * beds)
        {
            return (AlertLevel.Watch, Because(AlertReasonKind.ProjectedNearBeds));
        }
        if (hasRate && lastHour >= 1.5 * usualHourly)
        {
            return (AlertLevel.Watch, Because(AlertReasonKind.ArrivalsAboveUsual));
        }
        return (AlertLevel.Normal, Because(AlertReasonKind.WithinCapacity));
    }
}
