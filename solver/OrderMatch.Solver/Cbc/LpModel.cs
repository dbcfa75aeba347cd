namespace OrderMatch.Solver.Cbc;

/// <summary>
/// A linear program solved by CLP that grows by columns: its rows are fixed when it is made, columns are added between
/// solves, and each solve after the first starts from the last basis (primal simplex), as column generation needs. The
/// row duals are read after each solve. Row bounds and column upper bounds may be changed between solves too; the next
/// solve then runs the dual simplex from the last basis, which such changes leave dual feasible.
/// </summary>
internal sealed unsafe class LpModel : IDisposable
{
    private readonly ClpModelHandle handle;
    private readonly int rows;
    private readonly List<double> columnUpper = [];
    private bool solved;
    private bool boundsChanged;
    private bool columnUppersChanged;

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

        columnUpper.Add(upper);
    }

    public int ColumnCount => columnUpper.Count;

    /// <summary>Sets every row's bounds (one entry per row each).</summary>
    public void SetRowBounds(double[] rowLower, double[] rowUpper)
    {
        if (rowLower.Length != rows || rowUpper.Length != rows)
        {
            throw new ArgumentException($"{rows} rows, but {rowLower.Length} lower and {rowUpper.Length} upper bounds.", nameof(rowLower));
        }

        fixed (double* lower = rowLower)
        fixed (double* upper = rowUpper)
        {
            ClpNative.ChgRowLower(handle, lower);
            ClpNative.ChgRowUpper(handle, upper);
        }

        boundsChanged = true;
    }

    /// <summary>Sets one column's upper bound (its lower bound stays); the model gets the changed bounds at the next solve.</summary>
    public void SetColumnUpper(int column, double upper)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, columnUpper.Count);
        columnUpper[column] = upper;
        columnUppersChanged = true;
        boundsChanged = true;
    }

    /// <summary>Solves (from the last basis after the first time) within the given seconds; true when proven optimal.</summary>
    public bool Solve(double seconds)
    {
        ClpNative.SetMaximumSeconds(handle, Math.Max(0.01, seconds));
        if (columnUppersChanged)
        {
            var all = columnUpper.ToArray();
            fixed (double* bounds = all)
            {
                ClpNative.ChgColumnUpper(handle, bounds);
            }

            columnUppersChanged = false;
        }

        if (solved && boundsChanged)
        {
            ClpNative.Dual(handle, 0);
        }
        else if (solved)
        {
            ClpNative.Primal(handle, 0);
        }
        else
        {
            ClpNative.InitialSolve(handle);
            solved = true;
        }

        boundsChanged = false;

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

    /// <summary>The column values of the last solve, one per column in the order added.</summary>
    public double[] ColumnValues()
    {
        var count = ClpNative.NumberColumns(handle);
        var solution = ClpNative.GetColSolution(handle);
        var values = new double[count];
        for (var j = 0; j < count; j++)
        {
            values[j] = solution[j];
        }

        return values;
    }

    public void Dispose() => handle.Dispose();
}
