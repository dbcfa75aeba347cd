using OrderMatch.Solver.Reference;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// One solver on one scenario in the comparison benchmark. Objective and bound are plan objectives (FORMAT.md);
/// <see cref="Trace"/> is the best objective over wall-clock time since the solver started; <see cref="Note"/> says why
/// a figure is missing (e.g. the model was too large to build).
/// </summary>
internal sealed record SolverRun(
    string Solver,
    double? Objective,
    double? Bound,
    double? Coverage,
    double? WeightedCoverage,
    double? FirstValidSeconds,
    double Seconds,
    long? PeakMemoryBytes,
    bool? Checks,
    IReadOnlyList<ObjectivePoint> Trace,
    string Note = "")
{
    public double? Gap => Objective is { } o && Bound is { } b ? Math.Max(0, o - b) / Math.Max(1e-9, Math.Abs(o)) : null;

    /// <summary>When the trace first came within 1 % of the final objective.</summary>
    public double? WithinOnePercentSeconds =>
        Objective is { } final ? Trace.FirstOrDefault(p => p.Objective <= final + (0.01 * Math.Abs(final)))?.Seconds : null;
}
