namespace OrderMatch.Solver.Reference;

/// <summary>
/// One run of the cbc executable: the solution file it wrote, the best bound its log reported, when its incumbents
/// came (wall-clock seconds since the process started), how long it ran and its peak resident memory.
/// </summary>
public sealed record CbcCommandLineResult(
    CbcSolutionFile Solution,
    double? Bound,
    double Seconds,
    IReadOnlyList<ObjectivePoint> Trace,
    long? PeakMemoryBytes,
    int ExitCode,
    bool Killed)
{
    public double? FirstSolutionSeconds => Trace.Count > 0 ? Trace[0].Seconds : null;
}
