using OrderMatch.Domain.Generation;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>The three solvers on one generated scenario.</summary>
internal sealed record CompareResult(Tier Tier, int Seed, int Orders, int Trainees, double TimeLimitSeconds, IReadOnlyList<SolverRun> Runs)
{
    public string Name => $"{Tier}-{Seed}";
}
