using Reception.Contracts.Returnees;
using Reception.Grains.Shared;

namespace Reception.Grains.Returnees;

/// <summary>
/// The checks of an unaccompanied child's custody (see docs/workflow.md, "Custody of unaccompanied children"): who
/// may accompany a minor, what a custody step must say, and the reunification clock.
/// </summary>
internal static class CustodyRules
{
    /// <summary>A companion must be a registered adult, still present at the same point.</summary>
    public static void CheckCompanion(string companionId, CompanionFacts facts, string pointCode)
    {
        const string Field = "accompanyingCaseId";
        var errors = new FieldErrors();
        if (!facts.Registered)
        {
            errors.Add(Field, ProblemCodes.CompanionNotFound, ("caseId", companionId));
        }
        else if (!string.Equals(facts.PointCode, pointCode, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(Field, ProblemCodes.CompanionAtOtherPoint, ("caseId", companionId), ("point", facts.PointCode), ("expected", pointCode));
        }
        else if (facts.Stage is Stage.Departed or Stage.Transferred)
        {
            errors.Add(Field, ProblemCodes.CompanionNotPresent, ("caseId", companionId), ("stage", facts.Stage));
        }
        else if (facts.Age is not >= Triage.AdultAge)
        {
            errors.Add(Field, ProblemCodes.CompanionNotAdult, ("caseId", companionId), ("age", facts.Age), ("min", Triage.AdultAge));
        }
        errors.ThrowIfAny();
    }

    /// <summary>Every field a step needs; order and permission are the grain's to check.</summary>
    public static void Validate(RecordCustodyStep c, DateTimeOffset arrivedAt, DateTimeOffset now)
    {
        var correction = c.Step == CustodyStepKind.Correction;
        var errors = new FieldErrors()
            .Known("step", c.Step)
            .Text("fromName", c.FromName, Limits.CustodyTextLength, required: !correction)
            .Text("fromInstitution", c.FromInstitution, Limits.InstitutionLength, required: !correction)
            .Text("toName", c.ToName, Limits.CustodyTextLength, required: !correction)
            .Text("toInstitution", c.ToInstitution, Limits.InstitutionLength, required: !correction)
            .Text("document", c.Document, Limits.CustodyTextLength)
            .Text("note", c.Note, Limits.NoteLength, required: correction);
        if (c.At is { } at)
        {
            errors.AddIf(at > now, "at", ProblemCodes.DateInFuture, ("value", at));
            errors.AddIf(at < arrivedAt, "at", ProblemCodes.CustodyTimeBeforeArrival, ("value", at), ("arrivedAt", arrivedAt));
        }
        if (c.Step == CustodyStepKind.Reunified)
        {
            errors.Text("relativeName", c.RelativeName, Limits.CustodyTextLength, required: true)
                .Text("identityDocument", c.IdentityDocument, Limits.CustodyTextLength, required: true)
                .Required("relationship", c.Relationship);
            // A child leaves only with child protection or with an identified family member.
            errors.AddIf(c.Relationship == Relationship.OtherAdult, "relationship", ProblemCodes.RelativeMustBeFamily);
        }
        else
        {
            errors.Text("relativeName", c.RelativeName, Limits.CustodyTextLength)
                .Text("identityDocument", c.IdentityDocument, Limits.CustodyTextLength);
        }
        if (c.Relationship is { } relationship)
        {
            errors.Known("relationship", relationship);
        }
        errors.ThrowIfAny();
    }

    public static CustodyStep Step(RecordCustodyStep c, int sequence, DateTimeOffset now, string by) => new(
        sequence, c.Step, c.At ?? now, now, by,
        TextRules.Clean(c.FromName), TextRules.Clean(c.FromInstitution), TextRules.Clean(c.ToName), TextRules.Clean(c.ToInstitution),
        TextRules.Clean(c.Document), TextRules.Clean(c.Note), TextRules.Clean(c.RelativeName), c.Relationship, TextRules.Clean(c.IdentityDocument));

    /// <summary>Hours from arrival to now, or to the step that closed the case; one decimal.</summary>
    public static double ElapsedHours(DateTimeOffset arrivedAt, DateTimeOffset until) =>
        Math.Round(Math.Max(0, (until - arrivedAt).TotalHours), 1);
}
