namespace OrderMatch.Data.Runs;

/// <summary>A progress snapshot written to the run row: phase, best complete-plan objective, proven bound, gap.</summary>
public sealed record RunProgress(string Phase, double? Incumbent, double? Bound, double? Gap, int SlicesDone, int SlicesTotal,
    double ElapsedSeconds);
