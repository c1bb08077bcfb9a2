using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;

namespace Reception.Grains.Returnees;

/// <summary>
/// Programs for each need: the stated needs plus those that follow from missing identity documents and from
/// the vulnerability flags. A program qualifies when its category matches and it serves the point or the
/// destination state; a need no program meets is an unmet need.
/// </summary>
internal static class Recommender
{
    private static readonly DocumentType[] IdentityDocuments = [DocumentType.Curp, DocumentType.BirthCertificate, DocumentType.VoterId];

    public static IReadOnlyList<ProgramCategory> Needs(Assessment? assessment, IReadOnlyCollection<Vulnerability> flags)
    {
        var needs = new List<ProgramCategory>(assessment?.Needs ?? []);
        if (assessment is not null && IdentityDocuments.Any(d => !assessment.DocumentsHeld.Contains(d)))
        {
            needs.Add(ProgramCategory.Documents);
        }
        if (flags.Contains(Vulnerability.UnaccompaniedMinor))
        {
            needs.Add(ProgramCategory.ChildProtection);
        }
        if (flags.Contains(Vulnerability.MedicalUrgency) || flags.Contains(Vulnerability.Pregnancy) || flags.Contains(Vulnerability.ChronicIllness))
        {
            needs.Add(ProgramCategory.Health);
        }
        if (flags.Contains(Vulnerability.ViolenceVictim) || flags.Contains(Vulnerability.TortureVictim) || flags.Contains(Vulnerability.TraffickingVictim))
        {
            needs.Add(ProgramCategory.Psychosocial);
        }
        return needs.Distinct().ToList();
    }

    public static (IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<ProgramCategory> Unmet) Recommend(
        string pointCode, Assessment? assessment, IReadOnlyCollection<Vulnerability> flags, IEnumerable<ProgramProfile> programs)
    {
        var catalog = programs.ToList();
        var destination = assessment?.DestinationState;
        var recommendations = new List<Recommendation>();
        var unmet = new List<ProgramCategory>();
        foreach (var need in Needs(assessment, flags))
        {
            var matches = catalog
                .Where(p => p.Category == need && p.ServesCase(pointCode, destination))
                .OrderByDescending(p => p.ServesPoint(pointCode))
                .ThenBy(p => p.Id, StringComparer.Ordinal)
                .ToList();
            if (matches.Count == 0)
            {
                unmet.Add(need);
                continue;
            }
            var missing = need == ProgramCategory.Documents && assessment is not null
                ? IdentityDocuments.Where(d => !assessment.DocumentsHeld.Contains(d)).ToList()
                : null;
            var skills = need == ProgramCategory.Employment && assessment?.Skills.Count > 0 ? assessment.Skills.ToList() : null;
            recommendations.AddRange(matches.Select(p => new Recommendation(
                p.Id, Reason(need, p, pointCode, assessment), p.Name, p.Category,
                missing, skills, p.ServesPoint(pointCode), p.ServesPoint(pointCode) ? null : destination)));
        }
        return (recommendations, unmet);
    }

    private static string Reason(ProgramCategory need, ProgramProfile program, string pointCode, Assessment? assessment)
    {
        var why = need switch
        {
            ProgramCategory.Documents when assessment is not null =>
                $"Missing identity documents ({string.Join(", ", IdentityDocuments.Where(d => !assessment.DocumentsHeld.Contains(d)))})",
            ProgramCategory.Employment when assessment?.Skills.Count > 0 =>
                $"Looking for work; skills gained abroad: {string.Join(", ", assessment.Skills)}",
            ProgramCategory.ChildProtection => "Unaccompanied minor: child protection is mandatory",
            _ => $"Needs {need}",
        };
        var where = program.ServesPoint(pointCode)
            ? $"available at {pointCode}"
            : $"serves the destination state {assessment?.DestinationState}";
        return $"{why}; {program.Name} {where}.";
    }
}
