namespace OrderMatch.Solver;

/// <summary>Wall-clock seconds one phase of a run took (e.g. "bound", "construction", "improvement", "finishing").</summary>
public sealed record PhaseTiming(string Phase, double Seconds);
