using System.Globalization;

namespace OrderMatch.Solver.Assignment;

/// <summary>
/// Reads OR-Library GAP files as a token stream. A multi-instance file (gap1…gap12, gapa…gape) starts with the number
/// of instances; a single-instance file (Yagiura's) starts directly with <c>m n</c>. Instances are named as the
/// benchmark README says: <c>c&lt;m&gt;&lt;n&gt;-&lt;k&gt;</c> in gapN, <c>&lt;type&gt;&lt;m:2 digits&gt;&lt;n&gt;</c> in gapa…gape, the file
/// name for a single-instance file.
/// </summary>
public static class GapReader
{
    public static IReadOnlyList<GapInstance> ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GapFormatException($"{path}: cannot be read ({ex.Message}).", ex);
        }

        return Read(Path.GetFileName(path), text);
    }

    /// <summary>Parses the text of a file called <paramref name="fileName"/> (the name decides the instance names).</summary>
    public static IReadOnlyList<GapInstance> Read(string fileName, string text)
    {
        var tokens = new GapTokens(fileName, text);
        if (tokens.Remaining == 0)
        {
            throw new GapFormatException($"{fileName}: the file holds no numbers.");
        }

        var stem = Path.GetFileNameWithoutExtension(fileName);
        var multi = IsMultiInstance(text);
        var count = multi ? tokens.Positive("the number of instances") : 1;
        var result = new List<GapInstance>(count);
        for (var k = 1; k <= count; k++)
        {
            var m = tokens.Positive($"agents of instance {k}");
            var n = tokens.Positive($"jobs of instance {k}");
            var name = multi ? InstanceName(stem, m, n, k) : stem;
            var cost = Matrix(tokens, m, n, $"cost of {name}");
            var resource = Matrix(tokens, m, n, $"resource use of {name}");
            var capacity = new int[m];
            for (var i = 0; i < m; i++)
            {
                capacity[i] = tokens.Next($"capacity of agent {i} in {name}");
            }

            result.Add(new GapInstance(name, m, n, cost, resource, capacity));
        }

        if (tokens.Remaining > 0)
        {
            throw new GapFormatException(
                $"{fileName}: {tokens.Remaining} numbers are left over after {count} instance(s), starting at number {tokens.Position}.");
        }

        return result;
    }

    /// <summary>
    /// A multi-instance file has one number before <c>m n</c>: its token count is 1 + Σ(2 + 2mn + m). A single-instance
    /// file has exactly 2 + 2mn + m numbers, which decides between the two layouts without trusting the file name.
    /// </summary>
    private static bool IsMultiInstance(string text)
    {
        var first = text.Split((char[]?)null, 4, StringSplitOptions.RemoveEmptyEntries);
        if (first.Length < 3
            || !long.TryParse(first[0], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !long.TryParse(first[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return true;
        }

        var total = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).LongLength;
        return total != 2 + (2 * m * n) + m;
    }

    private static string InstanceName(string stem, int m, int n, int k)
    {
        if (stem.Length == 4 && stem.StartsWith("gap", StringComparison.OrdinalIgnoreCase) && char.IsAsciiLetter(stem[3]))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{char.ToLowerInvariant(stem[3])}{m:D2}{n}");
        }

        if (stem.StartsWith("gap", StringComparison.OrdinalIgnoreCase) && int.TryParse(stem.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return string.Create(CultureInfo.InvariantCulture, $"c{m}{n}-{k}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{stem}-{k}");
    }

    private static int[,] Matrix(GapTokens tokens, int m, int n, string what)
    {
        var matrix = new int[m, n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                matrix[i, j] = tokens.Next($"{what}, agent {i}, job {j}");
            }
        }

        return matrix;
    }
}
