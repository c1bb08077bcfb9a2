using Reception.Contracts.Returnees;
using Reception.Grains.Shared;

namespace Reception.Grains.Returnees;

internal static class AssessmentRules
{
    /// <summary>Validates fully and returns the assessment to store (trimmed, state name canonical).</summary>
    public static Assessment Validate(RecordAssessment c, DateTimeOffset now, string by)
    {
        var errors = new FieldErrors()
            .Known("educationLevel", c.EducationLevel)
            .Known("englishLevel", c.EnglishLevel)
            .Text("occupation", c.Occupation, Limits.ShortTextLength);
        var skills = (c.Skills ?? []).Select(s => s?.Trim() ?? "").ToList();
        errors.Count("skills", skills, Limits.MaxSkills)
            .AddIf(skills.Any(s => s.Length is 0 or > Limits.ShortTextLength), "skills", ProblemCodes.ItemLength, ("min", 1), ("max", Limits.ShortTextLength))
            .Range("yearsAbroad", c.YearsAbroad, 0, Limits.MaxYearsAbroad)
            .AllKnown("documentsHeld", c.DocumentsHeld)
            .AllKnown("needs", c.Needs);
        var state = errors.State("destinationState", c.DestinationState);
        errors.Text("destinationMunicipality", c.DestinationMunicipality, Limits.ShortTextLength)
            .Text("immediateNeeds", c.ImmediateNeeds, Limits.NoteLength)
            .ThrowIfAny();
        return new Assessment(
            c.EducationLevel, TextRules.Clean(c.Occupation), skills, c.YearsAbroad, c.EnglishLevel,
            (c.DocumentsHeld ?? []).Distinct().ToList(), state!, TextRules.Clean(c.DestinationMunicipality),
            (c.Needs ?? []).Distinct().ToList(), c.ConsentToShare, c.FamilyInMexico, TextRules.Clean(c.ImmediateNeeds), now, by);
    }
}
