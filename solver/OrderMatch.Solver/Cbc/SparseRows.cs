namespace OrderMatch.Solver.Cbc;

/// <summary>
/// Constraint rows kept row by row (CSR) while the model is built, and turned into the
/// column-major (CSC) arrays <c>Cbc_loadProblem</c> expects in one O(non-zeros) pass.
/// </summary>
internal sealed class SparseRows
{
    private readonly List<int> starts = [0];
    private readonly List<int> columns = [];
    private readonly List<double> values = [];
    private readonly List<double> lower = [];
    private readonly List<double> upper = [];
    private readonly List<string> names = [];

    public int Count => lower.Count;

    public int NonZeros => columns.Count;

    public IReadOnlyList<double> Lower => lower;

    public IReadOnlyList<double> Upper => upper;

    public IReadOnlyList<string> Names => names;

    /// <summary>Appends a row whose entries are already merged, sorted and free of zeros.</summary>
    public int Add(string name, ReadOnlySpan<int> rowColumns, ReadOnlySpan<double> rowValues, double rowLower, double rowUpper)
    {
        for (var k = 0; k < rowColumns.Length; k++)
        {
            columns.Add(rowColumns[k]);
            values.Add(rowValues[k]);
        }

        starts.Add(columns.Count);
        lower.Add(rowLower);
        upper.Add(rowUpper);
        names.Add(name);
        return lower.Count - 1;
    }

    /// <summary>The matrix by column: starts (length columnCount + 1), row indices and values.</summary>
    public (int[] Starts, int[] Rows, double[] Values) ToColumnMajor(int columnCount)
    {
        var columnStarts = new int[columnCount + 1];
        foreach (var column in columns)
        {
            columnStarts[column + 1]++;
        }

        for (var j = 0; j < columnCount; j++)
        {
            columnStarts[j + 1] += columnStarts[j];
        }

        var next = (int[])columnStarts.Clone();
        var rowIndices = new int[columns.Count];
        var byColumn = new double[columns.Count];
        for (var row = 0; row < Count; row++)
        {
            for (var k = starts[row]; k < starts[row + 1]; k++)
            {
                var slot = next[columns[k]]++;
                rowIndices[slot] = row;
                byColumn[slot] = values[k];
            }
        }

        return (columnStarts, rowIndices, byColumn);
    }
}
