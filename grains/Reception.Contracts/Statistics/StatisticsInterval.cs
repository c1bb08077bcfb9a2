namespace Reception.Contracts.Statistics;

/// <summary>How the flows group arrivals: by local day, by ISO week (starting Monday) or by calendar month.</summary>
[GenerateSerializer, Alias("reception.statistics-interval")]
public enum StatisticsInterval
{
    Day,
    Week,
    Month,
}
