namespace OrderMatch.Solver;

/// <summary>A progress report: the best plan objective so far, the proven bound, and where the run stands.</summary>
public sealed record SolveProgress(string Phase, double? Incumbent, double? Bound, double Seconds, int SlicesDone, int SlicesTotal)
{
    public double? Gap => Incumbent is { } inc && Bound is { } b ? Math.Max(0, inc - b) / Math.Max(1e-9, Math.Abs(inc)) : null;
}
