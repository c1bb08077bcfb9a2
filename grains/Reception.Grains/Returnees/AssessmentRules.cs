using Reception.Contracts.Programs;
using Reception.Contracts.Returnees;
using Reception.Grains.Shared;

namespace Reception.Grains.Returnees;

internal static class AssessmentRules
{
    public const int MaxYearsAbroad = 100;
    public const int MaxSkills = 30;

    /// <summary>Validates fully and returns the assessment to store (trimmed, state name canonical).</summary>
    public static Assessment Validate(RecordAssessment c, DateTimeOffset now, string by)
    {
        var errors = new FieldErrors();
        errors.AddIf(!Enum.IsDefined(c.EducationLevel), "educationLevel", $"Education level '{c.EducationLevel}' is not known.");
        errors.AddIf(!Enum.IsDefined(c.EnglishLevel), "englishLevel", $"English level '{c.EnglishLevel}' is not known.");
        if (TextRules.TextProblem("Occupation", c.Occupation, 100) is { } occupation)
        {
            errors.Add("occupation", occupation);
        }
        var skills = (c.Skills ?? []).Select(s => s?.Trim() ?? "").ToList();
        errors.AddIf(skills.Count > MaxSkills, "skills", $"At most {MaxSkills} skills can be recorded.");
        errors.AddIf(skills.Any(s => s.Length is 0 or > 100), "skills", "Each skill must have 1 to 100 characters.");
        errors.AddIf(c.YearsAbroad is < 0 or > MaxYearsAbroad, "yearsAbroad", $"Years abroad {c.YearsAbroad} must be between 0 and {MaxYearsAbroad}.");
        errors.AddIf((c.DocumentsHeld ?? []).Any(d => !Enum.IsDefined(d)), "documentsHeld", "A document type is not known.");
        errors.AddIf((c.Needs ?? []).Any(n => !Enum.IsDefined(n)), "needs", "A need is not a known program category.");
        var state = MexicanStates.Normalize(c.DestinationState);
        errors.AddIf(state is null, "destinationState", $"Destination state '{c.DestinationState}' is not one of the 32 Mexican states.");
        if (TextRules.TextProblem("Destination municipality", c.DestinationMunicipality, 100) is { } municipality)
        {
            errors.Add("destinationMunicipality", municipality);
        }
        if (TextRules.TextProblem("Immediate needs", c.ImmediateNeeds, 500) is { } immediate)
        {
            errors.Add("immediateNeeds", immediate);
        }
        errors.ThrowIfAny();
        return new Assessment(
            c.EducationLevel, TextRules.Clean(c.Occupation), skills, c.YearsAbroad, c.EnglishLevel,
            (c.DocumentsHeld ?? []).Distinct().ToList(), state!, TextRules.Clean(c.DestinationMunicipality),
            (c.Needs ?? []).Distinct().ToList(), c.ConsentToShare, c.FamilyInMexico, TextRules.Clean(c.ImmediateNeeds), now, by);
    }
}
