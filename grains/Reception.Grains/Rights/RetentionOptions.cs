namespace Reception.Grains.Rights;

/// <summary>The retention policy, bound from <see cref="Section"/> (README, configuration).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Reception:Retention";

    /// <summary>Closed cases are anonymised this many whole years after their exit; 0 turns the policy off.</summary>
    public int YearsAfterExit { get; set; } = 5;

    /// <summary>Between two scheduled runs (a reminder of one grain in the cluster).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    public bool Enabled => YearsAfterExit > 0;
}
