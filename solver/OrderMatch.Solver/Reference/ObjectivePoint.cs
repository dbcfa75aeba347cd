namespace OrderMatch.Solver.Reference;

/// <summary>The best objective a solver had found <see cref="Seconds"/> after it started (minimisation sense).</summary>
public sealed record ObjectivePoint(double Seconds, double Objective);
