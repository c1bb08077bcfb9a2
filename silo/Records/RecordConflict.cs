using System.Globalization;
using Orleans.Storage;

namespace Reception.Silo.Records;

/// <summary>The <see cref="InconsistentStateException"/>s of the record: another activation wrote the case first.</summary>
internal static class RecordConflict
{
    public static InconsistentStateException Save(string caseId, long? stored, long? expected) => new(
        $"Cannot save case {caseId}: stored version is {Format(stored)}, this activation has {Format(expected)}; " +
        "another activation wrote it first.",
        Format(stored), Format(expected));

    public static InconsistentStateException Append(string caseId, IReadOnlyList<long> sequences) => new(
        $"Cannot append events {string.Join(", ", sequences)} of case {caseId}: a sequence is already taken; " +
        "another activation wrote it first.",
        (string?)null, (string?)null);

    private static string Format(long? version) => version?.ToString(CultureInfo.InvariantCulture) ?? "(none)";
}
