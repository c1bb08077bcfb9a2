namespace Reception.Bench.Simulation;

/// <summary>One registered person as the simulation follows them; changed under a lock on the instance.</summary>
internal sealed class SimCase(string caseId, string point, Person person, TimeSpan arrivedAt, string priority, bool childProtection)
{
    public string CaseId { get; } = caseId;
    public string Point { get; } = point;
    public Person Person { get; } = person;
    public TimeSpan ArrivedAt { get; } = arrivedAt;
    public string Priority { get; } = priority;
    public bool ChildProtectionAtRegistration { get; } = childProtection;
    public HashSet<string> Programs { get; } = [];
    public int OpenReferrals { get; set; }
    public bool Assessed { get; set; }
    public bool Leaving { get; set; }
    public TimeSpan? FirstService { get; set; }
}
