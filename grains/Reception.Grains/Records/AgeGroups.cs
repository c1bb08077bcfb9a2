namespace Reception.Grains.Records;

/// <summary>The age groups of the official bulletin: 0–11, 12–17, 18–59, 60 and over.</summary>
public static class AgeGroups
{
    public const string Child = "0-11";
    public const string Adolescent = "12-17";
    public const string Adult = "18-59";
    public const string Older = "60+";

    public static string? Of(int? age) => age switch
    {
        null => null,
        < 12 => Child,
        < 18 => Adolescent,
        < 60 => Adult,
        _ => Older,
    };

    /// <summary>The youngest age of <paramref name="age"/>'s group: what an anonymised case keeps of the age.</summary>
    public static int? LowerBound(int? age) => age switch
    {
        null => null,
        < 12 => 0,
        < 18 => 12,
        < 60 => 18,
        _ => 60,
    };
}
