using Reception.Contracts.Returnees;

namespace Reception.Grains.Returnees;

/// <summary>
/// Triage (see docs/workflow.md): urgent = unaccompanied minor or medical urgency; high = any other
/// vulnerability; normal otherwise. The score (sum of weights) orders people within a level.
/// </summary>
internal static class Triage
{
    public const int AdultAge = 18;
    public const int OlderAdultAge = 60;
    public const int YoungChildAge = 12;
    public const int LongTimeAbroadYears = 20;

    public static int Weight(Vulnerability flag) => flag switch
    {
        Vulnerability.UnaccompaniedMinor => 100,
        Vulnerability.MedicalUrgency => 90,
        Vulnerability.TraffickingVictim => 60,
        Vulnerability.ViolenceVictim => 50,
        Vulnerability.TortureVictim => 50,
        Vulnerability.Pregnancy => 40,
        Vulnerability.AccompaniedYoungChild => 35,
        Vulnerability.Disability => 30,
        Vulnerability.OlderAdult => 25,
        Vulnerability.FamilySeparation => 25,
        Vulnerability.ChronicIllness => 20,
        Vulnerability.UnrelatedAdultCompanion => 50,
        Vulnerability.LgbtiAtRisk => 20,
        Vulnerability.InterpreterNeeded => 15,
        Vulnerability.LongTimeAbroad => 10,
        _ => 10,
    };

    public static (Priority Priority, int Score) Evaluate(IReadOnlyCollection<Vulnerability> flags)
    {
        var score = flags.Sum(Weight);
        var priority = flags.Contains(Vulnerability.UnaccompaniedMinor) || flags.Contains(Vulnerability.MedicalUrgency)
            ? Priority.Urgent
            : flags.Count > 0 ? Priority.High : Priority.Normal;
        return (priority, score);
    }

    public static int? AgeOn(DateOnly? dateOfBirth, int? estimatedAge, DateOnly on)
    {
        if (dateOfBirth is { } dob)
        {
            var age = on.Year - dob.Year;
            return dob.AddYears(age) > on ? age - 1 : age;
        }
        return estimatedAge;
    }

    /// <summary>The flags as sent plus those that follow from age, company and the assessment.</summary>
    public static List<Vulnerability> Flags(IEnumerable<Vulnerability>? sent, int? age, bool accompanied, Assessment? assessment, Relationship? relationship = null)
    {
        var flags = new HashSet<Vulnerability>(sent ?? []);
        if (age < AdultAge && accompanied && relationship == Relationship.OtherAdult)
        {
            flags.Add(Vulnerability.UnrelatedAdultCompanion);
        }
        if (age < AdultAge && !accompanied)
        {
            flags.Add(Vulnerability.UnaccompaniedMinor);
        }
        if (age < YoungChildAge && accompanied)
        {
            flags.Add(Vulnerability.AccompaniedYoungChild);
        }
        if (age >= OlderAdultAge)
        {
            flags.Add(Vulnerability.OlderAdult);
        }
        if (assessment?.YearsAbroad >= LongTimeAbroadYears)
        {
            flags.Add(Vulnerability.LongTimeAbroad);
        }
        return flags.OrderByDescending(Weight).ThenBy(f => f).ToList();
    }
}
