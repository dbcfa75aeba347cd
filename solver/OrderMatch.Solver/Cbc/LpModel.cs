namespace OrderMatch.Solver.Cbc;

/// <summary>
/// A linear program solved by CLP that grows by columns: its rows are fixed when it is made, columns are added between
/// solves, and each solve after the first starts from the last basis (primal simplex), as column generation needs. The
/// row duals are read after each solve.
/// </summary>
internal sealed unsafe class LpModel : IDisposable
{
    private readonly ClpModelHandle handle;
    private readonly int rows;
    private bool solved;

    /// <summary>A model with the given row bounds and no columns yet.</summary>
    public LpModel(double[] rowLower, double[] rowUpper)
    {
        ArgumentNullException.ThrowIfNull(rowLower);
        ArgumentNullException.ThrowIfNull(rowUpper);
        if (rowLower.Length != rowUpper.Length)
        {
            throw new ArgumentException($"rowLower has {rowLower.Length} rows but rowUpper has {rowUpper.Length}.", nameof(rowUpper));
        }

        MipModel.EnsureAvailable();
        rows = rowLower.Length;
        handle = ClpNative.NewModel();
        ClpNative.SetLogLevel(handle, 0);
        var starts = new int[1];
        fixed (int* start = starts)
        fixed (double* lower = rowLower)
        fixed (double* upper = rowUpper)
        {
            ClpNative.LoadProblem(handle, 0, rows, start, null, null, null, null, null, lower, upper);
        }
    }

    public int RowCount => rows;

    /// <summary>Adds one column: its bounds, cost, and its entries (row index, value) in any order.</summary>
    public void AddColumn(double lower, double upper, double cost, ReadOnlySpan<int> rowIndices, ReadOnlySpan<double> values)
    {
        if (rowIndices.Length != values.Length)
        {
            throw new ArgumentException($"{rowIndices.Length} row indices but {values.Length} values.", nameof(values));
        }

        foreach (var row in rowIndices)
        {
            if (row < 0 || row >= rows)
            {
                throw new ArgumentOutOfRangeException(nameof(rowIndices), row, $"row index outside 0..{rows - 1}");
            }
        }

        var starts = new[] { 0, rowIndices.Length };
        fixed (int* start = starts)
        fixed (int* index = rowIndices)
        fixed (double* value = values)
        {
            ClpNative.AddColumns(handle, 1, &lower, &upper, &cost, start, index, value);
        }
    }

    /// <summary>Solves (from the last basis after the first time) within the given seconds; true when proven optimal.</summary>
    public bool Solve(double seconds)
    {
        ClpNative.SetMaximumSeconds(handle, Math.Max(0.01, seconds));
        if (solved)
        {
            ClpNative.Primal(handle, 0);
        }
        else
        {
            ClpNative.InitialSolve(handle);
            solved = true;
        }

        return ClpNative.IsProvenOptimal(handle) != 0;
    }

    public double Objective => ClpNative.ObjectiveValue(handle);

    /// <summary>The row duals of the last solve: the objective's rate of change per unit of each row's right-hand side.</summary>
    public double[] Duals()
    {
        var prices = ClpNative.GetRowPrice(handle);
        var duals = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            duals[r] = prices[r];
        }

        return duals;
    }

    public void Dispose() => handle.Dispose();
}
