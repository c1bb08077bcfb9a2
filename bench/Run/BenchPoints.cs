namespace Reception.Bench.Run;

/// <summary>
/// Which demo points each phase uses. The care simulation uses TIJ, NLD and MEX; the scaling series gets CJS alone; the
/// live-feed probe gets REX alone (so the count it waits for is exact); every other point takes the throughput load.
/// </summary>
internal static class BenchPoints
{
    public const string Scale = "CJS";
    public const string Probe = "REX";
    public static readonly string[] Care = ["TIJ", "NLD", "MEX"];
    public static readonly string[] Load = ["MXL", "SLR", "NOG", "OJI", "ACN", "PNG", "MAM", "TIJ", "NLD", "MEX"];
}
