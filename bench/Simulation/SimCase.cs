namespace Reception.Bench.Simulation;

/// <summary>
/// One registered person as the simulation follows them; changed under a lock on the instance. <see cref="ConsentsToShare"/>
/// is the person's answer when asked at the door, with the privacy notice.
/// </summary>
internal sealed class SimCase(string caseId, string point, Person person, TimeSpan arrivedAt, string priority, bool childProtection, bool consentsToShare)
{
    public string CaseId { get; } = caseId;
    public string Point { get; } = point;
    public Person Person { get; } = person;
    public TimeSpan ArrivedAt { get; } = arrivedAt;
    public string Priority { get; } = priority;
    public bool ChildProtectionAtRegistration { get; } = childProtection;
    public bool ConsentsToShare { get; } = consentsToShare;

    /// <summary>Referred at registration whatever the consent (the mandatory care), set before the consent is asked.</summary>
    public bool MandatoryReferral { get; set; }

    /// <summary>
    /// Whether the person has any service to wait for: they agreed to be referred, or care that needs no consent was
    /// referred at the door. Someone who declined has nothing to wait for, and is not counted in the times to first service.
    /// </summary>
    public bool AwaitsService => ConsentsToShare || MandatoryReferral;
    public HashSet<string> Programs { get; } = [];
    public int OpenReferrals { get; set; }
    public bool Assessed { get; set; }
    public bool Leaving { get; set; }
    public TimeSpan? FirstService { get; set; }
}
