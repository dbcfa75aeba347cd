using System.Diagnostics;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;
using OrderMatch.Solver;
using OrderMatch.Solver.Greedy;
using OrderMatch.Solver.Monolithic;
using OrderMatch.Solver.Reference;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// On one scenario, one after the other in the same process run and with the same wall-clock limit: first come, first
/// served by hand, OrderMatch's optimizer, and the whole scenario as one MIP solved by the cbc executable.
/// Every plan goes through the checker.
/// </summary>
internal sealed class CompareBenchmark(double timeLimitSeconds, int threads, CbcCommandLineOptions cbcOptions, MonolithicOptions monolithicOptions)
{
    public const string OrderMatch = "OrderMatch";
    public const string Monolithic = "monolithic MIP (cbc)";
    public const string Fcfs = "first come, first served";

    /// <summary>Runs first come, first served, OrderMatch and the monolithic MIP in turn, handing each run to <paramref name="finished"/> as it ends.</summary>
    public async Task RunAsync(Scenario scenario, int seed, string workFolder, Func<SolverRun, Task> finished, CancellationToken cancellationToken)
    {
        await finished(RunFcfs(scenario, cancellationToken)).ConfigureAwait(false);
        await finished(RunOrderMatch(scenario, seed, cancellationToken)).ConfigureAwait(false);
        await finished(await RunMonolithicAsync(scenario, workFolder, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private SolverRun RunOrderMatch(Scenario scenario, int seed, CancellationToken cancellationToken)
    {
        var trace = new List<ObjectivePoint>();
        var progress = new Recorder(p =>
        {
            if (p.Incumbent is { } value && (trace.Count == 0 || value < trace[^1].Objective - 1e-6))
            {
                trace.Add(new ObjectivePoint(p.Seconds, value));
            }
        });
        ResetMemory();
        var clock = Stopwatch.StartNew();
        var report = PlanOptimizer.Solve(scenario, new SolveOptions { TimeLimitSeconds = timeLimitSeconds, Threads = threads, Seed = seed }, progress, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var plan = report.Plan;
        if (trace.Count == 0 || trace[^1].Objective > plan.Objective.Total + 1e-6)
        {
            trace.Add(new ObjectivePoint(seconds, plan.Objective.Total));
        }

        return Describe(OrderMatch, scenario, plan, plan.Solver?.Bound, trace, seconds, ProcessPeakMemory.Own());
    }

    private static SolverRun RunFcfs(Scenario scenario, CancellationToken cancellationToken)
    {
        ResetMemory();
        var clock = Stopwatch.StartNew();
        var plan = FcfsPlanner.Plan(scenario, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        return Describe(Fcfs, scenario, plan, null, [new ObjectivePoint(seconds, plan.Objective.Total)], seconds, ProcessPeakMemory.Own());
    }

    private async Task<SolverRun> RunMonolithicAsync(Scenario scenario, string workFolder, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var mip = MonolithicMip.Build(scenario, monolithicOptions);
        using (mip)
        {
            var mps = Path.Combine(workFolder, $"{scenario.Name}.mps");
            mip.WriteMps(mps);
            var prepared = clock.Elapsed.TotalSeconds;
            var run = await CbcCommandLine.SolveAsync(mps, Path.ChangeExtension(mps, ".sol"), cbcOptions with { TimeLimitSeconds = timeLimitSeconds }, cancellationToken)
                .ConfigureAwait(false);
            var seconds = clock.Elapsed.TotalSeconds;
            var trace = run.Trace.Select(p => new ObjectivePoint(prepared + p.Seconds, p.Objective + mip.ObjectiveOffset)).ToList();
            // cbc's bound holds for the model it solved; a pruned model's bound says nothing about the whole scenario.
            var bound = run.Bound is { } b && mip.Exhaustive ? b + mip.ObjectiveOffset : (double?)null;
            var scope = mip.Exhaustive ? "exhaustive" : $"pruned to a budget of {monolithicOptions.CandidateBudget:N0} from a space of {mip.CandidateSpace:N0}";
            var note = $"{mip.Candidates:N0} candidates ({scope}), {mip.Columns:N0} columns, {mip.Rows:N0} rows; built and written in {prepared:0.0} s; cbc: {run.Solution.Status}";
            if (!run.Solution.HasSolution)
            {
                return new SolverRun(Monolithic, null, bound, null, null, null, seconds, run.PeakMemoryBytes, null, trace, note);
            }

            var status = run.Solution.Status == "Optimal" && mip.Exhaustive ? SolverStatus.Optimal
                : run.Solution.Status == "Optimal" ? SolverStatus.Feasible : SolverStatus.TimeLimit;
            var plan = mip.ReadPlan(run.Solution.Values, new SolverInfo { Status = status, Bound = bound, Seconds = Math.Round(seconds, 3) });
            return Describe(Monolithic, scenario, plan, bound, trace, seconds, run.PeakMemoryBytes) with { Note = note };
        }
    }

    private static SolverRun Describe(string solver, Scenario scenario, Plan plan, double? bound, IReadOnlyList<ObjectivePoint> trace, double seconds, long? peak)
    {
        var check = PlanChecker.Check(scenario, plan);
        return new SolverRun(solver, plan.Objective.Total, bound, plan.Kpis.Coverage, plan.Kpis.WeightedCoverage,
            trace.Count > 0 ? trace[0].Seconds : null, seconds, peak, check.Passes, trace,
            check.Passes ? string.Empty : $"{check.Violations.Count} violation(s), objective {(check.ObjectiveMatches ? "matches" : "differs")}");
    }

    private static void ResetMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        ProcessPeakMemory.ResetOwn();
    }

    /// <summary>Records progress on the reporting thread (no synchronisation context hop).</summary>
    private sealed class Recorder(Action<SolveProgress> record) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => record(value);
    }
}
