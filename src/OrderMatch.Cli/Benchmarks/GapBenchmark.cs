using OrderMatch.Solver.Assignment;
using OrderMatch.Solver.Reference;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// Runs the allocation core and, in the same process run with the same wall-clock limit, the cbc executable on GAP
/// instances. cbc gets the plain MIP as an MPS file; its solution file is read back and re-costed here, so both costs
/// come from the same arithmetic and an infeasible answer is caught.
/// </summary>
internal sealed class GapBenchmark(double timeLimitSeconds, int runs, bool withCbc, CbcCommandLineOptions cbcOptions)
{
    public async Task<GapBenchmarkRow> RunAsync(string file, GapInstance instance, GapBestKnown bestKnown, string workFolder,
        CancellationToken cancellationToken)
    {
        var core = new List<GapRun>();
        var cbc = new List<GapRun>();
        for (var r = 0; r < runs; r++)
        {
            var result = GapSolver.Solve(instance, new GapSolveOptions { TimeLimitSeconds = timeLimitSeconds, Seed = r + 1 }, cancellationToken);
            core.Add(new GapRun(result.Cost, result.Bound, result.Optimal, result.Seconds, result.FirstFeasibleSeconds, result.Best?.IsFeasible ?? false));
            if (withCbc)
            {
                cbc.Add(await RunCbcAsync(instance, workFolder, cancellationToken).ConfigureAwait(false));
            }
        }

        var known = bestKnown.For(instance.Name);
        return new GapBenchmarkRow(Path.GetFileName(file), instance.Name, instance.Agents, instance.Jobs, known?.Value, known?.Status ?? string.Empty, core, cbc);
    }

    private async Task<GapRun> RunCbcAsync(GapInstance instance, string workFolder, CancellationToken cancellationToken)
    {
        var mps = Path.Combine(workFolder, instance.Name + ".mps");
        var solution = Path.Combine(workFolder, instance.Name + ".sol");
        using (var model = new GapModel(instance))
        {
            model.WriteMps(mps);
        }

        var options = cbcOptions with { TimeLimitSeconds = timeLimitSeconds };
        var run = await CbcCommandLine.SolveAsync(mps, solution, options, cancellationToken).ConfigureAwait(false);
        var assignment = run.Solution.HasSolution ? GapModel.Read(instance, run.Solution.Values) : null;
        var feasible = assignment?.IsFeasible ?? false;
        var bound = run.Bound is { } b ? Math.Ceiling(b - 1e-6) : (double?)null;
        return new GapRun(feasible ? assignment!.Cost : null, bound, run.Solution.Status == "Optimal", run.Seconds, run.FirstSolutionSeconds, feasible);
    }
}
