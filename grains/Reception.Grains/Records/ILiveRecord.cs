namespace Reception.Grains.Records;

/// <summary>
/// What a point and a program read of the permanent record to check their live state against it (reconciliation,
/// docs/record.md): the stored states of the cases they summarise, one implementation per engine in the silo.
/// </summary>
public interface ILiveRecord
{
    /// <summary>The cases of <paramref name="pointCode"/> that have not left it.</summary>
    Task<IReadOnlyList<RecordedCase>> OpenCasesOfPointAsync(string pointCode);

    /// <summary>The cases with a pending or accepted referral to <paramref name="programId"/>.</summary>
    Task<IReadOnlyList<RecordedCase>> CasesReferredToAsync(string programId);

    /// <summary>The cases among <paramref name="caseIds"/> that exist, whatever their stage.</summary>
    Task<IReadOnlyList<RecordedCase>> CasesAsync(IReadOnlyCollection<string> caseIds);
}
