namespace Reception.Contracts.Shared;

/// <summary>Bound from the configuration section <see cref="Section"/>.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Reception:Privacy";

    /// <summary>How long a provider still reads a case after its last referral to the provider's program closed.</summary>
    public TimeSpan ProviderAccessAfterClose { get; set; } = TimeSpan.FromDays(30);
}
