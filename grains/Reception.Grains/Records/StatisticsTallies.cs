namespace Reception.Grains.Records;

/// <summary>A bulletin cell as the record counts it (<see cref="IStatistics.BulletinAsync"/>).</summary>
public sealed record BulletinCount(string Point, string Sex, string AgeGroup, string Accompaniment, string? OriginState, int Events, int People);

/// <summary>Arrivals at a point on a local day, and how many of them came with a notice.</summary>
public sealed record DayArrivals(DateOnly Day, string Point, int Arrivals, int WithNotice);

/// <summary>Cases with an unmet need of a category, by point and destination state.</summary>
public sealed record UnmetNeedTally(string Category, string Point, string? DestinationState, int Cases);

/// <summary>Referrals to a program from a point in a status.</summary>
public sealed record ReferralTally(string ProgramId, string Point, string Status, int Count);

/// <summary>Assessed cases of a destination state and point with a value in a profile dimension.</summary>
public sealed record ProfileTally(string? DestinationState, string Point, string Dimension, string Value, int Cases);

/// <summary>Cases first served after this many whole minutes (rounded up), vulnerable or not.</summary>
public sealed record WaitTally(bool Vulnerable, long Minutes, int Cases);

/// <summary>Referrals a program declined with a reason.</summary>
public sealed record DeclineTally(string ProgramId, string Reason, int Count);
