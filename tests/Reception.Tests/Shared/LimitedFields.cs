using Reception.Contracts.Shared;

namespace Reception.Tests.Shared;

public enum LimitKind
{
    /// <summary>Text of at most <see cref="LimitedField.Max"/> characters.</summary>
    Text,

    /// <summary>A whole number between <see cref="LimitedField.Min"/> and <see cref="LimitedField.Max"/>.</summary>
    Number,

    /// <summary>A list of at most <see cref="LimitedField.Max"/> texts.</summary>
    Items,

    /// <summary>A list whose each text has at most <see cref="LimitedField.Max"/> characters.</summary>
    ItemText,
}

/// <summary>One limited field of one command, with the values just inside and just outside its limits.</summary>
public sealed record LimitedField(string Command, string Field, LimitKind Kind, int Max, int Min = 0)
{
    /// <summary>The values to try: each with whether it must be refused.</summary>
    public IEnumerable<(object Value, bool Refused)> Probes()
    {
        yield return (ValueOf(Max), false);
        yield return (ValueOf(Max + 1), true);
        if (Kind == LimitKind.Number)
        {
            yield return (Min, false);
            yield return (Min - 1, true);
        }
    }

    public override string ToString() => $"{Command}.{Field} ({Kind} {Min}..{Max})";

    private object ValueOf(int size) => Kind switch
    {
        LimitKind.Text => new string('a', size),
        LimitKind.Number => size,
        LimitKind.Items => Enumerable.Range(0, size).Select(i => $"skill {(char)('a' + i % 26)}{(char)('a' + i / 26)}").ToArray(),
        _ => new[] { new string('a', size) },
    };
}

/// <summary>Every limited field of every command, read from <see cref="Limits"/>: the API and the grains must refuse exactly past each.</summary>
public static class LimitedFields
{
    public static readonly IReadOnlyList<LimitedField> All =
    [
        new("arrival", "givenNames", LimitKind.Text, Limits.NameLength),
        new("arrival", "surnames", LimitKind.Text, Limits.NameLength),
        new("arrival", "estimatedAge", LimitKind.Number, Limits.MaxAge),
        new("assessment", "occupation", LimitKind.Text, Limits.ShortTextLength),
        new("assessment", "skills", LimitKind.Items, Limits.MaxSkills),
        new("assessment", "skills", LimitKind.ItemText, Limits.ShortTextLength),
        new("assessment", "yearsAbroad", LimitKind.Number, Limits.MaxYearsAbroad),
        new("assessment", "destinationMunicipality", LimitKind.Text, Limits.ShortTextLength),
        new("assessment", "immediateNeeds", LimitKind.Text, Limits.NoteLength),
        new("referral", "note", LimitKind.Text, Limits.NoteLength),
        new("departure", "destinationMunicipality", LimitKind.Text, Limits.ShortTextLength),
        new("transfer", "institution", LimitKind.Text, Limits.InstitutionLength),
        new("transfer", "note", LimitKind.Text, Limits.NoteLength),
        new("decline", "reason", LimitKind.Text, Limits.NoteLength),
        new("complete", "outcome", LimitKind.Text, Limits.NoteLength),
        new("capacity", "shelterBeds", LimitKind.Number, Limits.MaxCapacity),
        new("capacity", "intakeDesks", LimitKind.Number, Limits.MaxCapacity),
        new("capacity", "usualDailyArrivals", LimitKind.Number, Limits.MaxCapacity),
        new("notice", "headcount", LimitKind.Number, Limits.MaxHeadcount, Min: 1),
        new("notice", "reference", LimitKind.Text, Limits.ShortTextLength),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var field in All)
        {
            data.Add(field.ToString());
        }
        return data;
    }

    public static LimitedField Named(string name) => All.Single(f => f.ToString() == name);
}
