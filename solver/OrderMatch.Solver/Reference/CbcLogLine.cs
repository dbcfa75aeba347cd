using System.Globalization;
using System.Text.RegularExpressions;

namespace OrderMatch.Solver.Reference;

/// <summary>
/// Reads the figures out of one line of the cbc executable's log: a new incumbent ("Integer solution of 12755 found …",
/// "Solution found of …", "improved solution from … to …", "… best solution, best possible …") and a lower bound
/// ("best possible …", "Continuous objective value is …", the final "Objective value:" / "Lower bound:").
/// Values are in the model's (minimisation) sense.
/// </summary>
public static partial class CbcLogLine
{
    public static (double? Incumbent, double? Bound) Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        double? incumbent = null;
        double? bound = null;
        if (IncumbentPattern().Match(line) is { Success: true } a)
        {
            incumbent = Number(a.Groups["value"].Value);
        }

        if (BoundPattern().Match(line) is { Success: true } b)
        {
            bound = Number(b.Groups["value"].Value);
        }

        // CBC prints 1e+50 for "no solution yet".
        return (incumbent is { } i && Math.Abs(i) < 1e40 ? i : null, bound is { } v && Math.Abs(v) < 1e40 ? v : null);
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"(?:Integer solution of|Solution found of|improved solution from \S+ to|best objective|^Objective value:)\s+(?<value>[-+0-9.eE]+)|(?<value>[-+0-9.eE]+) best solution,")]
    private static partial Regex IncumbentPattern();

    [GeneratedRegex(@"(?:best possible|Continuous objective value is|^Lower bound:)\s+(?<value>[-+0-9.eE]+)")]
    private static partial Regex BoundPattern();
}
