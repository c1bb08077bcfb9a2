using Reception.Contracts.Returnees;
using Reception.Grains.Records;

namespace Reception.Grains.Returnees;

/// <summary>
/// A CURP is used, not only checked: the date of birth, the sex and the state of birth it encodes must agree with
/// what the desk registers or corrects. One rule for registration and correction; each disagreement is a field
/// error on <c>curp</c> naming the part.
/// </summary>
internal static class CurpConsistency
{
    public static void Check(FieldErrors errors, string? curp, DateOnly? dateOfBirth, Sex sex, string? originState)
    {
        if (Curp.Decode(curp) is not { } facts)
        {
            return; // absent, or refused for its format already
        }
        if (facts.DateOfBirth is not { } born)
        {
            errors.Add("curp", ProblemCodes.CurpDateInvalid, ("value", curp), ("digits", curp![4..10]));
        }
        else if (dateOfBirth is { } given && given != born)
        {
            errors.Add("curp", ProblemCodes.CurpDateOfBirthDisagrees, ("value", given), ("curpDate", born));
        }
        if (facts.Sex is { } encoded && sex != Sex.Unspecified && sex != encoded)
        {
            errors.Add("curp", ProblemCodes.CurpSexDisagrees, ("curpSex", AcceptedValues.NameOf(encoded)), ("givenSex", AcceptedValues.NameOf(sex)));
        }
        if (CurpStates.StateOfBirth(curp) is { } state && originState is not null && MexicanStates.Normalize(originState) is { } declared && declared != state)
        {
            errors.Add("curp", ProblemCodes.CurpStateDisagrees, ("value", declared), ("curpState", state));
        }
    }
}
