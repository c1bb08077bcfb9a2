using Orleans.Serialization;
using Reception.Grains.Returnees;

namespace Reception.Grains.Records;

/// <summary>
/// Cases written to the record before people could be found (before db scripts postgres/008, sqlite/007) have no
/// phonetic name, birth year or name keys. Their rewrite derives them from the stored state, which it keeps as is.
/// </summary>
public static class UnkeyedCases
{
    public static CaseWrite Rekey(string caseId, long version, byte[] state, Serializer serializer, DateTimeOffset now)
    {
        var s = serializer.Deserialize<ReturneeState>(state)
            ?? throw new InvalidOperationException($"Case {caseId} has no state in the record.");
        return new CaseWrite(caseId, version, state, CaseRecord.Row(caseId, s, now), [], [], [], CaseRecord.NameKeys(s));
    }
}
