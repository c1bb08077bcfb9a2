using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;

namespace Reception.Grains.Returnees;

/// <summary>
/// Situations that cannot wait for the desk's assessment (see docs/workflow.md): at registration the person
/// is referred to a program of the matching category that serves the point, which puts them in that
/// program's queue at once, ordered by their priority. With no such program the category is an unmet need.
/// </summary>
internal static class AutomaticReferrals
{
    public sealed record Rule(ProgramCategory Category, string Reason);

    public static IReadOnlyList<Rule> For(IReadOnlyCollection<Vulnerability> flags)
    {
        var rules = new List<Rule>();
        void Add(ProgramCategory category, string reason)
        {
            if (rules.All(r => r.Category != category)) rules.Add(new Rule(category, reason));
        }

        if (flags.Contains(Vulnerability.UnaccompaniedMinor))
        {
            Add(ProgramCategory.ChildProtection, "Automatic referral: unaccompanied minor.");
        }
        if (flags.Contains(Vulnerability.MedicalUrgency))
        {
            Add(ProgramCategory.Health, "Automatic referral: medical urgency.");
        }
        if (flags.Contains(Vulnerability.Pregnancy))
        {
            Add(ProgramCategory.Health, "Automatic referral: pregnancy.");
        }
        if (flags.Contains(Vulnerability.ViolenceVictim) || flags.Contains(Vulnerability.TraffickingVictim) || flags.Contains(Vulnerability.TortureVictim))
        {
            Add(ProgramCategory.Psychosocial, "Automatic referral: victim of violence, trafficking or torture.");
        }
        return rules;
    }
}
