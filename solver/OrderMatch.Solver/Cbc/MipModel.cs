using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OrderMatch.Solver.Cbc;

/// <summary>
/// A mixed-integer model built in managed memory and handed to CBC at <see cref="Solve"/>.
/// Each solve (and each file export) loads the whole model into a fresh native CBC model, which
/// is deleted before the call returns, so a <see cref="MipModel"/> may be solved any number of
/// times, e.g. with different options, and holds no native resources between calls.
/// Names become the LP/MPS names; empty names default to <c>c{index}</c>/<c>r{index}</c>.
/// </summary>
public sealed class MipModel : IDisposable
{
    private readonly List<string> columnNames = [];
    private readonly List<double> columnLower = [];
    private readonly List<double> columnUpper = [];
    private readonly List<double> objective = [];
    private readonly List<bool> integer = [];
    private readonly HashSet<string> usedColumnNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedRowNames = new(StringComparer.Ordinal);
    private readonly SparseRows rows = new();
    private readonly SortedDictionary<int, double> mipStart = [];
    private bool disposed;

    public MipModel(string name = "ordermatch")
    {
        Name = MipInput.Name(name, "ordermatch", "model");
    }

    public string Name { get; }

    public int ColumnCount => objective.Count;

    public int RowCount => rows.Count;

    /// <summary>Native CBC version string, e.g. "2.10.8".</summary>
    public static string NativeVersion
    {
        get
        {
            EnsureAvailable();
            return Marshal.PtrToStringUTF8(CbcNative.GetVersion()) ?? string.Empty;
        }
    }

    internal IReadOnlyList<string> ColumnNames => columnNames;

    internal IReadOnlyList<double> ColumnLower => columnLower;

    internal IReadOnlyList<double> ColumnUpper => columnUpper;

    internal IReadOnlyList<double> Objective => objective;

    internal IReadOnlyList<bool> Integer => integer;

    internal SparseRows Rows => rows;

    internal IReadOnlyDictionary<int, double> MipStart => mipStart;

    /// <summary>Throws <see cref="CbcException"/> with code CBC_LIBRARY_MISSING when libCbcSolver cannot be loaded.</summary>
    public static void EnsureAvailable()
    {
        CbcLibrary.EnsureResolver();
        try
        {
            _ = CbcNative.GetVersion();
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw new CbcException(
                CbcException.LibraryMissing,
                CbcLibrary.PathOverride is { } path
                    ? $"The COIN-OR CBC library could not be loaded from {path}, the file {CbcLibrary.PathVariable} names: check the path, or unset it to use the system's library."
                    : "The COIN-OR CBC library (libCbcSolver.so.3) could not be loaded: install with `apt-get install coinor-libcbc3`.",
                ex);
        }
    }

    /// <summary>Adds a variable; infinite bounds are allowed. Returns its column index.</summary>
    public int AddColumn(string name, double lower, double upper, double objective, bool integer)
    {
        ThrowIfDisposed();
        var index = ColumnCount;
        var columnName = MipInput.Name(name, $"c{index}", "column");
        MipInput.Bounds(lower, upper, columnName);
        MipInput.Finite(objective, $"objective of column '{columnName}'");
        MipInput.Unique(usedColumnNames, columnName, "column");

        columnNames.Add(columnName);
        columnLower.Add(lower);
        columnUpper.Add(upper);
        this.objective.Add(objective);
        this.integer.Add(integer);
        return index;
    }

    /// <summary>
    /// Adds <c>Σ coefficients[k]·x[columns[k]] (sense) rhs</c>. Repeated columns are summed.
    /// An empty row is allowed and simply constrains 0 (sense) rhs. Returns the row index.
    /// </summary>
    public int AddRow(string name, ReadOnlySpan<int> columns, ReadOnlySpan<double> coefficients, RowSense sense, double rhs)
    {
        ThrowIfDisposed();
        var rowName = MipInput.Name(name, $"r{RowCount}", "row");
        MipInput.SameLength(columns.Length, coefficients.Length, $"row '{rowName}'");
        MipInput.Finite(rhs, $"right-hand side of row '{rowName}'");
        for (var k = 0; k < columns.Length; k++)
        {
            MipInput.ColumnIndex(columns[k], ColumnCount, $"row '{rowName}'");
            MipInput.Finite(coefficients[k], $"coefficient of column {columns[k]} in row '{rowName}'");
        }

        var (lower, upper) = sense switch
        {
            RowSense.LessOrEqual => (double.NegativeInfinity, rhs),
            RowSense.GreaterOrEqual => (rhs, double.PositiveInfinity),
            RowSense.Equal => (rhs, rhs),
            _ => throw new CbcException(CbcException.BadInput, $"Row '{rowName}' has an unknown sense {sense}."),
        };

        MipInput.Unique(usedRowNames, rowName, "row");
        var (merged, values) = RowEntries.Merge(columns, coefficients);
        return rows.Add(rowName, merged, values, lower, upper);
    }

    /// <summary>
    /// Sets (or extends) the starting solution handed to CBC; later values for a column win.
    /// A partial start is allowed: CBC fixes the given integer columns, takes unlisted integer
    /// columns as 0 and computes continuous columns itself. An infeasible start is ignored by CBC.
    /// </summary>
    public void SetMipStart(ReadOnlySpan<int> columns, ReadOnlySpan<double> values)
    {
        ThrowIfDisposed();
        MipInput.SameLength(columns.Length, values.Length, "MIP start");
        for (var k = 0; k < columns.Length; k++)
        {
            MipInput.ColumnIndex(columns[k], ColumnCount, "MIP start");
            MipInput.Finite(values[k], $"MIP start value of column {columns[k]}");
        }

        for (var k = 0; k < columns.Length; k++)
        {
            mipStart[columns[k]] = values[k];
        }
    }

    /// <summary>
    /// Solves the model. A cancelled token stops the call before CBC starts; CBC 2.10's C
    /// interface cannot interrupt a running search, so callers wanting responsiveness solve with
    /// short <see cref="CbcOptions.TimeLimitSeconds"/> slices and check the token between them. A solve in a cbc process
    /// of its own (<see cref="CbcOptions.Executable"/>) is stopped by the token at once.
    /// </summary>
    public CbcResult Solve(CbcOptions options, IProgress<CbcProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(options);
        MipInput.Options(options);
        cancellationToken.ThrowIfCancellationRequested();
        EnsureAvailable();
        var clock = Stopwatch.StartNew();

        // CBC misreports a model without columns; its answer is known: feasible iff every row admits 0.
        if (ColumnCount == 0)
        {
            return CbcSolveRun.SolveEmpty(rows, clock.Elapsed.TotalSeconds);
        }

        return options.Executable is not null && integer.Contains(true)
            ? CbcProcessRun.Solve(this, options, clock, cancellationToken)
            : CbcSolveRun.Solve(this, options, progress, clock, cancellationToken);
    }

    /// <summary>Writes the model in CPLEX LP format (minimisation of the objective as given).</summary>
    public void WriteLp(string path) => CbcModelFiles.Write(this, path, CbcModelFiles.Format.Lp);

    /// <summary>Writes the model in (free) MPS format (minimisation of the objective as given).</summary>
    public void WriteMps(string path) => CbcModelFiles.Write(this, path, CbcModelFiles.Format.Mps);

    public void Dispose() => disposed = true;

    internal void ThrowIfDisposed()
    {
        if (disposed)
        {
            throw new CbcException(CbcException.Disposed, $"Model '{Name}' was disposed.");
        }
    }
}
