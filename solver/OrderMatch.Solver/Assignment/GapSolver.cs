using System.Diagnostics;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Assignment;

/// <summary>
/// The allocation core on the generalized assignment problem. Five phases share the time limit:
/// (1) subgradient optimisation of the Lagrangian relaxation of the capacities, with a regret construction and a
/// shift/swap descent from the priced costs every few iterations; (2) a short run of CBC on the exact MIP, which
/// settles small instances; (3) tabu search with strategic oscillation (<see cref="GapTabuSearch"/>) until it stalls
/// or its share of the time is spent; (4) large-neighbourhood search that re-assigns the jobs of a few agents exactly
/// (<see cref="GapAgentSearch"/>) until its share is spent; (5) CBC on the exact MIP again for the rest of the time.
/// Each MIP starts from the best assignment; the proven bound is the better of the Lagrangian bound and CBC's. Later
/// phases are skipped once the best cost meets the bound.
/// </summary>
public static class GapSolver
{
    /// <summary>Time below which a CBC call is not worth starting, in seconds.</summary>
    internal const double MinimumMipSeconds = 0.05;

    public static GapResult Solve(GapInstance instance, GapSolveOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.TimeLimitSeconds > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"The time limit must be a positive number of seconds, not {options.TimeLimitSeconds}.");
        }

        var clock = Stopwatch.StartNew();
        var improvements = new List<(double, long)>();
        var heuristicEnd = options.TimeLimitSeconds * options.HeuristicShare;
        bool HeuristicStop() => clock.Elapsed.TotalSeconds >= heuristicEnd || cancellationToken.IsCancellationRequested;

        var search = new GapLocalSearch(instance, Penalty(instance));
        var lagrangian = new GapLagrangian(instance);
        GapAssignment? best = null;
        double? firstFeasible = null;

        void Offer(GapAssignment candidate)
        {
            if (candidate.IsFeasible && (best is null || candidate.Cost < best.Cost))
            {
                best = candidate.Copy();
                firstFeasible ??= clock.Elapsed.TotalSeconds;
                improvements.Add((clock.Elapsed.TotalSeconds, best.Cost));
            }
        }

        var start = GapConstruction.Build(instance, (i, j) => instance.Cost[i, j]);
        search.Descend(start, HeuristicStop);
        Offer(start);

        // Phase 1: Lagrangian-guided constructions.
        var subgradientIterations = Math.Max(50, 40 * options.ConstructionEvery);
        for (var it = 1; it <= subgradientIterations && !HeuristicStop() && !Proven(best, lagrangian.Bound); it++)
        {
            lagrangian.Step(best?.Cost ?? double.PositiveInfinity);
            if (it % options.ConstructionEvery == 0)
            {
                var built = GapConstruction.Build(instance, lagrangian.PricedCost);
                search.Descend(built, HeuristicStop);
                Offer(built);
            }
        }

        // Phase 2: a first, short try of the exact MIP, which settles small instances at once.
        var mipBound = double.NegativeInfinity;
        var settled = false;
        var mipOptimal = false;
        bool Done() => settled || Proven(best, Math.Max(lagrangian.Bound, mipBound)) || cancellationToken.IsCancellationRequested;
        void SolveMip(double seconds)
        {
            using var model = new GapModel(instance);
            if (best is not null)
            {
                model.SetStart(best);
            }

            var result = model.Solve(GapModel.Exact(seconds) with
            {
                Threads = options.Threads,
                Seed = options.Seed,
                Preprocess = options.MipPreprocess,
            }, cancellationToken);
            if (model.Read(result) is { } mipBest)
            {
                Offer(mipBest);
            }

            settled = result.Status is CbcStatus.Optimal or CbcStatus.Infeasible;
            mipOptimal = result.Status == CbcStatus.Optimal;
            if (result.BestBound is { } b && result.Status != CbcStatus.Infeasible)
            {
                mipBound = Math.Max(mipBound, b);
            }
        }

        if (options.UseMip && !Done())
        {
            SolveMip(Math.Max(MinimumMipSeconds, options.TimeLimitSeconds * options.FirstMipShare));
        }

        // Phase 3: tabu search from the best assignment, through overloaded assignments and back.
        if (best is not null && !HeuristicStop() && !Done())
        {
            var tabu = new GapTabuSearch(instance, options.Seed);
            tabu.Run(best.Copy(), options.TabuStallRestarts, () => HeuristicStop() || Done(), Offer);
        }

        // Phase 4: large-neighbourhood search, the jobs of a few agents re-assigned exactly by CBC.
        var agentEnd = options.TimeLimitSeconds * Math.Max(options.HeuristicShare, options.AgentSearchShare);
        double AgentTimeLeft() => cancellationToken.IsCancellationRequested ? 0 : agentEnd - clock.Elapsed.TotalSeconds;
        if (best is not null && options.UseMip && !Done())
        {
            var agentSearch = new GapAgentSearch(instance, options.Seed, options.AgentStepSeconds, File.Exists(options.CbcExecutable) ? options.CbcExecutable : null);
            var incumbent = best.Copy();
            while (AgentTimeLeft() > MinimumMipSeconds && !agentSearch.Exhausted && !Done())
            {
                if (agentSearch.Step(incumbent, AgentTimeLeft(), cancellationToken))
                {
                    search.Descend(incumbent, () => AgentTimeLeft() <= 0);
                    Offer(incumbent);
                }
            }
        }

        var heuristicCost = best?.Cost;

        // Phase 5: the exact MIP from the best assignment, for the rest of the time.
        var left = options.TimeLimitSeconds - clock.Elapsed.TotalSeconds;
        if (options.UseMip && left > MinimumMipSeconds && !Done())
        {
            SolveMip(left);
        }

        var lower = Math.Max(lagrangian.Bound, mipBound);
        double? bound = double.IsFinite(lower) ? Math.Ceiling(lower - 1e-6) : null;
        var optimal = best is not null && (mipOptimal || Proven(best, lower));
        if (best is not null && bound is { } proven)
        {
            bound = Math.Min(proven, best.Cost);
        }

        return new GapResult(instance, best, bound, optimal, clock.Elapsed.TotalSeconds, firstFeasible, heuristicCost, improvements);
    }

    private static bool Proven(GapAssignment? best, double bound) =>
        best is not null && double.IsFinite(bound) && best.Cost <= Math.Ceiling(bound - 1e-6);

    /// <summary>One unit of overload costs more than any change of assignment cost, so descent repairs before it saves.</summary>
    internal static long Penalty(GapInstance instance)
    {
        var max = 0;
        var min = int.MaxValue;
        foreach (var c in instance.Cost)
        {
            max = Math.Max(max, c);
            min = Math.Min(min, c);
        }

        return (long)(max - min) + 1;
    }
}
