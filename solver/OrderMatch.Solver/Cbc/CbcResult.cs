namespace OrderMatch.Solver.Cbc;

/// <summary>
/// Outcome of <see cref="MipModel.Solve"/>, in the caller's objective sense.
/// <paramref name="Values"/> is empty unless <see cref="HasSolution"/>.
/// </summary>
public sealed record CbcResult(
    CbcStatus Status,
    double? Objective,
    double? BestBound,
    IReadOnlyList<double> Values,
    double Seconds)
{
    public bool HasSolution => Status is CbcStatus.Optimal or CbcStatus.Feasible;

    /// <summary>|objective − bound| / max(1e-9, |objective|) when both are known.</summary>
    public double? RelativeGap =>
        Objective is { } objective && BestBound is { } bound
            ? Math.Abs(objective - bound) / Math.Max(1e-9, Math.Abs(objective))
            : null;

    /// <summary>Value of a column in the solution; throws when there is none.</summary>
    public double Value(int column)
    {
        if (!HasSolution)
        {
            throw new InvalidOperationException($"No solution to read: status is {Status}.");
        }

        return Values[column];
    }

    /// <summary>Reads a binary column with tolerance.</summary>
    public bool IsSet(int column) => Value(column) > 0.5;
}
