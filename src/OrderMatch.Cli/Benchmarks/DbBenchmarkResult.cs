namespace OrderMatch.Cli.Benchmarks;

/// <summary>Seconds per repetition of snapshot load and plan write-back, and the size of the plan written.</summary>
internal sealed record DbBenchmarkResult(double ImportSeconds, IReadOnlyList<double> LoadSeconds, IReadOnlyList<double> WriteSeconds,
    int Classes, int Sessions, int Enrollments, int Unassigned)
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
