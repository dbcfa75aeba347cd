using System.Globalization;

namespace OrderMatch.Solver.Reference;

/// <summary>
/// The file the cbc executable writes with <c>solu FILE</c>: a status line ("Optimal - objective value 261.00000000",
/// "Stopped on time - objective value …", "Infeasible - …", "Stopped on time (no integer solution - continuous used) …")
/// then one line per non-zero column: index, name, value, reduced cost (a leading "**" marks an infeasibility).
/// </summary>
public sealed record CbcSolutionFile(string Status, bool HasSolution, double? Objective, IReadOnlyDictionary<string, double> Values)
{
    public static CbcSolutionFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var status = lines.Length > 0 ? lines[0].Trim() : string.Empty;
        var objective = status.LastIndexOf("objective value", StringComparison.Ordinal) is var at and >= 0
            && double.TryParse(status.AsSpan(at + "objective value".Length).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : (double?)null;
        var hasSolution = (status.StartsWith("Optimal", StringComparison.Ordinal) || status.StartsWith("Stopped", StringComparison.Ordinal))
                          && !status.Contains("no integer solution", StringComparison.Ordinal);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var offset = parts.Length > 0 && parts[0] == "**" ? 1 : 0;
            if (parts.Length >= offset + 3
                && double.TryParse(parts[offset + 2], NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
            {
                values[parts[offset + 1]] = x;
            }
        }

        return new CbcSolutionFile(status.Split(" - ", 2)[0], hasSolution, hasSolution ? objective : null, values);
    }
}
