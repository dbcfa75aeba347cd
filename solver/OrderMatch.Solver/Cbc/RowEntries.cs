namespace OrderMatch.Solver.Cbc;

/// <summary>Normalises the entries of one row: sums duplicate columns, drops zeros, sorts by column.</summary>
internal static class RowEntries
{
    public static (int[] Columns, double[] Values) Merge(ReadOnlySpan<int> columns, ReadOnlySpan<double> values)
    {
        var keys = columns.ToArray();
        var items = values.ToArray();
        Array.Sort(keys, items);

        var count = 0;
        for (var k = 0; k < keys.Length; k++)
        {
            if (count > 0 && keys[count - 1] == keys[k])
            {
                items[count - 1] += items[k];
            }
            else
            {
                keys[count] = keys[k];
                items[count] = items[k];
                count++;
            }
        }

        // Entries that cancel out (or were zero to begin with) carry no information for CBC.
        var kept = 0;
        for (var k = 0; k < count; k++)
        {
            if (items[k] != 0)
            {
                keys[kept] = keys[k];
                items[kept] = items[k];
                kept++;
            }
        }

        return (keys[..kept], items[..kept]);
    }
}
