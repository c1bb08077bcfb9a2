using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;

namespace Reception.Grains.Returnees;

/// <summary>
/// Situations that cannot wait for the desk's assessment (see docs/workflow.md): at registration every
/// vulnerability known at the door sends the person to a program of the matching category that serves the
/// point, which puts them in that program's queue at once, ordered by their priority. During a surge the desks
/// are the bottleneck, so this is what keeps a vulnerable person from waiting behind the crowd for a first
/// service. With no such program the category is an unmet need.
/// </summary>
internal static class AutomaticReferrals
{
    public sealed record Rule(ProgramCategory Category, Vulnerability Cause, string Reason);

    private static readonly (Vulnerability Flag, ProgramCategory Category, string Reason)[] Rules =
    [
        (Vulnerability.UnaccompaniedMinor, ProgramCategory.ChildProtection, "Automatic referral: unaccompanied minor."),
        (Vulnerability.UnrelatedAdultCompanion, ProgramCategory.ChildProtection, "Automatic referral: child with an unrelated adult (review)."),
        (Vulnerability.MedicalUrgency, ProgramCategory.Health, "Automatic referral: medical urgency."),
        (Vulnerability.TraffickingVictim, ProgramCategory.Psychosocial, "Automatic referral: victim of violence, trafficking or torture."),
        (Vulnerability.ViolenceVictim, ProgramCategory.Psychosocial, "Automatic referral: victim of violence, trafficking or torture."),
        (Vulnerability.TortureVictim, ProgramCategory.Psychosocial, "Automatic referral: victim of violence, trafficking or torture."),
        (Vulnerability.Pregnancy, ProgramCategory.Health, "Automatic referral: pregnancy."),
        (Vulnerability.AccompaniedYoungChild, ProgramCategory.Health, "Automatic referral: young child (health check)."),
        (Vulnerability.Disability, ProgramCategory.Health, "Automatic referral: disability."),
        (Vulnerability.OlderAdult, ProgramCategory.Health, "Automatic referral: older adult."),
        (Vulnerability.FamilySeparation, ProgramCategory.Psychosocial, "Automatic referral: separated from family."),
        (Vulnerability.ChronicIllness, ProgramCategory.Health, "Automatic referral: chronic illness."),
        (Vulnerability.LgbtiAtRisk, ProgramCategory.Psychosocial, "Automatic referral: LGBTI person at risk."),
    ];

    /// <summary>One rule per category, from the most pressing flag (the rules are in triage weight order).</summary>
    public static IReadOnlyList<Rule> For(IReadOnlyCollection<Vulnerability> flags) =>
        Rules.Where(r => flags.Contains(r.Flag))
            .GroupBy(r => r.Category)
            .Select(g => new Rule(g.Key, g.First().Flag, g.First().Reason))
            .ToList();
}
