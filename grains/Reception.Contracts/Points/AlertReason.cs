using System.Globalization;

namespace Reception.Contracts.Points;

/// <summary>Which rule of the alert level (docs/workflow.md) decided it.</summary>
[GenerateSerializer, Alias("reception.alert-reason-kind")]
public enum AlertReasonKind
{
    WithinCapacity,
    PresentAtBeds,
    ProjectedFarOverBeds,
    ProjectedAtBeds,
    ArrivalsThreeTimesUsual,
    ProjectedNearBeds,
    ArrivalsAboveUsual,
}

/// <summary>
/// Why a point is at its alert level: the rule and the figures it compared, so that a screen can say it in its
/// language ("61 llegadas en la última hora, 6× lo habitual") beside the badge.
/// </summary>
[GenerateSerializer, Immutable, Alias("reception.alert-reason")]
public sealed record AlertReason(
    [property: Id(0)] AlertReasonKind Kind,
    [property: Id(1)] int Present,
    [property: Id(2)] int Projected,
    [property: Id(3)] int Beds,
    [property: Id(4)] int LastHour,
    [property: Id(5)] double UsualHourly)
{
    /// <summary>Arrivals in the last hour as a multiple of the usual hourly rate; null without a usual rate.</summary>
    public double? TimesUsual => UsualHourly > 0 ? Math.Round(LastHour / UsualHourly, 1) : null;

    /// <summary>The reason in English, for logs and the alert-change message.</summary>
    public string Describe() => Kind switch
    {
        AlertReasonKind.PresentAtBeds => $"{Present} people present for {Beds} beds",
        AlertReasonKind.ProjectedFarOverBeds => $"projected occupancy {Projected} is at least 125% of {Beds} beds",
        AlertReasonKind.ProjectedAtBeds => $"projected occupancy {Projected} reaches {Beds} beds",
        AlertReasonKind.ArrivalsThreeTimesUsual => $"{LastHour} arrivals in the last hour, {Usual()}x the usual {UsualHourly.ToString("0.#", CultureInfo.InvariantCulture)}",
        AlertReasonKind.ProjectedNearBeds => $"projected occupancy {Projected} is at least 80% of {Beds} beds",
        AlertReasonKind.ArrivalsAboveUsual => $"{LastHour} arrivals in the last hour, {Usual()}x the usual {UsualHourly.ToString("0.#", CultureInfo.InvariantCulture)}",
        _ => "within capacity and usual arrival rate",
    };

    private string Usual() => TimesUsual?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";
}
