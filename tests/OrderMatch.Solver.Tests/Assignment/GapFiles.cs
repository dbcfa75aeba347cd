using OrderMatch.Domain.Tests;

namespace OrderMatch.Solver.Tests.Assignment;

/// <summary>The shared OR-Library GAP benchmark folder.</summary>
internal static class GapFiles
{
    public static string Path(string name) =>
        System.IO.Path.Combine(TestData.RepositoryRoot, "..", "shared", "benchmarks", "gap", name);
}
