using Reception.Contracts.Returnees;
using Reception.Contracts.Rights;
using Reception.Grains.Records;

namespace Reception.Grains.Returnees;

/// <summary>
/// What anonymising a case removes and what it keeps (docs/record.md, "Rights and retention"). It keeps what the
/// statistics count: point, dates and times, sex, the age group (the age becomes its group's lower bound), the
/// state of origin (the CURP's state of birth when there was a CURP), flags, priority, destination state, the
/// assessment's categories and occupation, referrals with their programs, statuses and a decline's reason, unmet
/// needs, the exit's kind and institution, and the person id (a pseudonym the bulletin counts people by). It removes
/// names, CURP, date of birth, estimated age, the description, free texts (notes, outcomes, skills, immediate needs,
/// separation reason, custody notes), contact and place data (municipalities, family group, the names and documents
/// of custody steps) and the registration as first recorded.
/// </summary>
internal static class AnonymisationRules
{
    /// <summary>Facts of events that never identify the person: codes, institutions and the ids of cases, referrals, programs and people.</summary>
    private static readonly HashSet<string> NeutralFacts = new(StringComparer.Ordinal)
    {
        "point", "certificate", "priority", "companion", "relationship", "person", "linkedBy", "recentReturn", "referral",
        "program", "automaticFor", "needs", "destination", "consent", "cancelled", "institution", "what", "from", "to",
        "step", "sequence", "at", "unidentified",
    };

    /// <summary>The action whose <c>text</c> fact the care statistics count declines by (the program's reason).</summary>
    private const string DeclinedAction = "referral declined";

    public static void Apply(ReturneeState s, Anonymisation anonymisation)
    {
        var a = s.Arrival!;
        s.Arrival = a with
        {
            GivenNames = "",
            Surnames = "",
            DateOfBirth = null,
            EstimatedAge = null,
            Curp = null,
            OriginState = CurpStates.StateOfBirth(a.Curp) ?? a.OriginState,
            FamilyGroupId = null,
            Unidentified = true,
            Description = null,
        };
        s.RegisteredAs = null;
        s.AgeAtArrival = AgeGroups.LowerBound(s.AgeAtArrival);
        s.FamilyGroupId = null;
        if (s.Assessment is { } assessment)
        {
            s.Assessment = assessment with { Skills = [], DestinationMunicipality = null, ImmediateNeeds = null };
        }
        s.Referrals = s.Referrals.Select(r => r with { Note = null, Outcome = null, OverrideReason = null }).ToList();
        // The decisions stay (they still govern who reads what); the desk's notes about them go.
        s.Consents = s.Consents.ToDictionary(c => c.Key, c => c.Value with { Note = null });
        if (s.Exit is { } exit)
        {
            s.Exit = exit with { DestinationMunicipality = null, Note = null };
        }
        if (s.Separation is { } separation)
        {
            s.Separation = separation with { Reason = "" };
        }
        s.Custody = s.Custody.Select(c => c with { FromName = null, ToName = null, RelativeName = null, IdentityDocument = null, Document = null, Note = null }).ToList();
        s.Audit = [];
        s.Anonymised = anonymisation;
    }

    /// <summary>The event as an anonymised case keeps it: no text, only the facts that cannot identify the person.</summary>
    public static AuditEntry Scrub(AuditEntry entry)
    {
        var kept = entry.Facts?
            .Where(f => NeutralFacts.Contains(f.Key) || (f.Key == "text" && entry.Action == DeclinedAction))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return entry with { Detail = null, Facts = kept is { Count: > 0 } ? kept : null };
    }
}
