using System.Diagnostics;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Assignment;

/// <summary>
/// The allocation core on the generalized assignment problem. Three phases share the time limit:
/// (1) subgradient optimisation of the Lagrangian relaxation of the capacities, with a regret construction and a
/// shift/swap descent from the priced costs every few iterations; (2) iterated local search (random kicks, descent,
/// keep if not worse) until it stalls or its share of the time is spent; (3) CBC on the exact MIP with the best
/// assignment as the MIP start, whose bound proves optimality. Phase 3 is skipped when the Lagrangian bound already
/// meets the best cost.
/// </summary>
public static class GapSolver
{
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

        // Phase 2: iterated local search around the best assignment.
        var random = new Random(options.Seed);
        var current = (best ?? start).Copy();
        var stall = 0;
        while (!HeuristicStop() && stall < options.StallRounds && !Proven(best, lagrangian.Bound))
        {
            var trial = current.Copy();
            Kick(trial, random);
            search.Descend(trial, HeuristicStop);
            var before = best?.Cost;
            Offer(trial);
            stall = best?.Cost < before ? 0 : stall + 1;
            if (trial.IsFeasible && trial.Cost <= current.Cost || !current.IsFeasible && search.Score(trial) < search.Score(current))
            {
                current = trial;
            }
        }

        var heuristicCost = best?.Cost;
        var bound = double.IsFinite(lagrangian.Bound) ? Math.Ceiling(lagrangian.Bound - 1e-6) : (double?)null;
        var optimal = Proven(best, lagrangian.Bound);

        // Phase 3: the exact MIP from the best assignment.
        var left = options.TimeLimitSeconds - clock.Elapsed.TotalSeconds;
        if (options.UseMip && !optimal && left > 0.05 && !cancellationToken.IsCancellationRequested)
        {
            using var model = new GapModel(instance);
            if (best is not null)
            {
                model.SetStart(best);
            }

            var result = model.Solve(new CbcOptions
            {
                TimeLimitSeconds = left,
                RelativeGap = 0,
                // Integer costs: a gap below 1 proves the incumbent optimal.
                AbsoluteGap = 0.999,
                Threads = options.Threads,
                Seed = options.Seed,
                Preprocess = options.MipPreprocess,
                WallClockLimit = true,
            }, cancellationToken);
            if (model.Read(result) is { } mipBest)
            {
                Offer(mipBest);
            }

            if (result.BestBound is { } mipBound && result.Status != CbcStatus.Infeasible)
            {
                bound = Math.Max(bound ?? double.NegativeInfinity, Math.Ceiling(mipBound - 1e-6));
            }

            optimal = result.Status == CbcStatus.Optimal || (best is not null && bound is { } b && best.Cost <= b);
        }

        if (best is not null && bound is { } proven)
        {
            bound = Math.Min(proven, best.Cost);
        }

        return new GapResult(instance, best, bound, optimal, clock.Elapsed.TotalSeconds, firstFeasible, heuristicCost, improvements);
    }

    private static bool Proven(GapAssignment? best, double bound) =>
        best is not null && double.IsFinite(bound) && best.Cost <= Math.Ceiling(bound - 1e-6);

    /// <summary>One unit of overload costs more than any change of assignment cost, so descent repairs before it saves.</summary>
    private static long Penalty(GapInstance instance)
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

    /// <summary>Moves a few random jobs to random other agents.</summary>
    private static void Kick(GapAssignment a, Random random)
    {
        var instance = a.Instance;
        if (instance.Agents < 2)
        {
            return;
        }

        var moves = 2 + random.Next(Math.Max(1, instance.Jobs / 25));
        for (var k = 0; k < moves; k++)
        {
            var job = random.Next(instance.Jobs);
            var to = random.Next(instance.Agents - 1);
            a.Move(job, to >= a.Agent(job) ? to + 1 : to);
        }
    }
}
