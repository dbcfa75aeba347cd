namespace OrderMatch.Solver.Cbc;

/// <summary>Input checks of the facade; every failure is a <see cref="CbcException"/> with code CBC_BAD_INPUT.</summary>
internal static class MipInput
{
    public static string Name(string? name, string fallback, string what)
    {
        // Null or empty means "let the binding name it".
        if (string.IsNullOrEmpty(name))
        {
            return fallback;
        }

        if (name.Any(char.IsWhiteSpace))
        {
            throw Bad($"The {what} name '{name}' contains white space, which LP and MPS files cannot hold.");
        }

        return name;
    }

    public static void Unique(HashSet<string> used, string name, string what)
    {
        if (!used.Add(name))
        {
            throw Bad($"The {what} name '{name}' is used twice; names must be unique.");
        }
    }

    public static void Bounds(double lower, double upper, string column)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper))
        {
            throw Bad($"Column '{column}' has a NaN bound.");
        }

        if (lower > upper)
        {
            throw Bad($"Column '{column}' has lower bound {lower} above upper bound {upper}.");
        }

        if (double.IsPositiveInfinity(lower) || double.IsNegativeInfinity(upper))
        {
            throw Bad($"Column '{column}' has bounds [{lower}, {upper}] that admit no value.");
        }
    }

    public static void Finite(double value, string what)
    {
        if (!double.IsFinite(value))
        {
            throw Bad($"The {what} is {value}; it must be a finite number.");
        }
    }

    public static void SameLength(int columns, int values, string what)
    {
        if (columns != values)
        {
            throw Bad($"The {what} has {columns} column indices but {values} values.");
        }
    }

    public static void ColumnIndex(int column, int columnCount, string what)
    {
        if ((uint)column >= (uint)columnCount)
        {
            throw Bad($"The {what} refers to column {column}, but the model has {columnCount} columns.");
        }
    }

    public static void Options(CbcOptions options)
    {
        if (options.TimeLimitSeconds is { } seconds && !(seconds > 0 && double.IsFinite(seconds)))
        {
            throw Bad($"The time limit must be a positive number of seconds, not {seconds}.");
        }

        if (!(options.CpuShare > 0 && double.IsFinite(options.CpuShare)))
        {
            throw Bad($"The CPU share must be a positive number, not {options.CpuShare}.");
        }

        if (!(options.RelativeGap >= 0 && double.IsFinite(options.RelativeGap)))
        {
            throw Bad($"The relative gap must be a non-negative number, not {options.RelativeGap}.");
        }

        if (options.AbsoluteGap is { } gap && !(gap >= 0 && double.IsFinite(gap)))
        {
            throw Bad($"The absolute gap must be a non-negative number, not {gap}.");
        }

        if (options.Threads < 1)
        {
            throw Bad($"The thread count must be at least 1, not {options.Threads}.");
        }

        if (options.MaximumNodes is < 0)
        {
            throw Bad($"The node limit must be non-negative, not {options.MaximumNodes}.");
        }
    }

    private static CbcException Bad(string message) => new(CbcException.BadInput, message);
}
