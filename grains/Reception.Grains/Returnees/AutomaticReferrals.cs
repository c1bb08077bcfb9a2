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

    // Referrals that proceed without the person's consent: child protection for a child without a parent or guardian,
    // urgent medical care. Every other referral needs consent to share the assessment, or an override with a reason.
    private static readonly (Vulnerability Flag, ProgramCategory Category)[] MandatoryRules =
    [
        (Vulnerability.UnaccompaniedMinor, ProgramCategory.ChildProtection),
        (Vulnerability.UnrelatedAdultCompanion, ProgramCategory.ChildProtection),
        (Vulnerability.MedicalUrgency, ProgramCategory.Health),
    ];

    /// <summary>Whether a referral to a program of <paramref name="category"/> is mandatory for a person with these flags.</summary>
    public static bool IsMandatory(ProgramCategory category, IReadOnlyCollection<Vulnerability> flags) =>
        MandatoryRules.Any(r => r.Category == category && flags.Contains(r.Flag));

    /// <summary>
    /// The flags a program of one of <paramref name="categories"/> needs to see without the person's consent: the
    /// situations this table refers to that category (psychosocial sees violence; documents sees none).
    /// </summary>
    public static List<Vulnerability> FlagsFor(IReadOnlyCollection<ProgramCategory> categories, IEnumerable<Vulnerability> flags) =>
        flags.Where(f => Rules.Any(r => r.Flag == f && categories.Contains(r.Category))).ToList();

    /// <summary>One rule per category, from the most pressing flag (the rules are in triage weight order).</summary>
    public static IReadOnlyList<Rule> For(IReadOnlyCollection<Vulnerability> flags) =>
        Rules.Where(r => flags.Contains(r.Flag))
            .GroupBy(r => r.Category)
            .Select(g => new Rule(g.Key, g.First().Flag, g.First().Reason))
            .ToList();
}
