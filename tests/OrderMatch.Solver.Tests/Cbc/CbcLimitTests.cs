using System.Diagnostics;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

public sealed class CbcLimitTests
{
    /// <summary>The 120-item, 10-dimension knapsack that the seed, branching and heuristics tests share.</summary>
    private static MipModel Knapsack() => CbcTestModels.MultiKnapsack(120, 10, seed: 21).Model;

    [Fact]
    public void Time_limit_stops_a_hard_model_with_a_valid_bound()
    {
        var (model, values, _, _) = CbcTestModels.MultiKnapsack(600, 30, seed: 11);
        using (model)
        {
            var clock = Stopwatch.StartNew();
            var result = model.Solve(new CbcOptions { Maximize = true, TimeLimitSeconds = 1, Seed = 5 });
            clock.Stop();

            Assert.Contains(result.Status, new[] { CbcStatus.Feasible, CbcStatus.TimeLimitNoSolution });
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
            if (result.HasSolution)
            {
                // Maximisation: the bound is an upper bound of the objective.
                Assert.True(result.BestBound >= result.Objective - 1e-6, $"bound {result.BestBound} below objective {result.Objective}");
                Assert.Equal(result.Objective!.Value, CbcTestModels.ObjectiveOf(result, values), 6);
                Assert.True(result.RelativeGap > 0);
            }
        }
    }

    [Fact]
    public void Same_seed_and_node_limit_give_the_same_result()
    {
        using var model = Knapsack();
        var options = new CbcOptions { Maximize = true, Seed = 17, MaximumNodes = 300 };

        var first = model.Solve(options);
        var second = model.Solve(options);

        Assert.True(first.HasSolution);
        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.Objective, second.Objective);
        Assert.Equal(first.BestBound, second.BestBound);
        Assert.Equal(first.Values, second.Values);
    }

    [Fact]
    public void Strong_branching_off_is_passed_to_CBC_and_still_finds_the_optimum()
    {
        using var model = Knapsack();
        var full = model.Solve(new CbcOptions { Maximize = true });
        var fullWithout = model.Solve(new CbcOptions { Maximize = true, StrongBranching = 0 });

        Assert.Contains(("strongBranching", "0"), CbcParameters.Of(new CbcOptions { StrongBranching = 0 }, logLevel: 0));
        Assert.DoesNotContain(CbcParameters.Of(new CbcOptions(), logLevel: 0), p => p.Name == "strongBranching");
        Assert.Equal(CbcStatus.Optimal, fullWithout.Status);
        Assert.Equal(full.Objective!.Value, fullWithout.Objective!.Value, 6);
    }

    [Fact]
    public void Without_heuristics_the_root_alone_finds_no_solution_and_a_start_is_still_kept()
    {
        using var model = Knapsack();
        var root = new CbcOptions { Maximize = true, Seed = 17, MaximumNodes = 0 };

        var withHeuristics = model.Solve(root);
        var without = model.Solve(root with { Heuristics = false });
        model.SetMipStart([0], [1.0]);
        var fromStart = model.Solve(root with { Heuristics = false });

        Assert.True(withHeuristics.HasSolution, withHeuristics.Status.ToString());
        Assert.Equal(CbcStatus.TimeLimitNoSolution, without.Status);
        Assert.True(fromStart.HasSolution, fromStart.Status.ToString());
        Assert.True(fromStart.IsSet(0));
    }

    [Fact]
    public void Several_threads_still_find_the_optimum()
    {
        var (model, _, _, _) = CbcTestModels.MultiKnapsack(40, 4, seed: 3);
        using (model)
        {
            var single = model.Solve(new CbcOptions { Maximize = true });
            var parallel = model.Solve(new CbcOptions { Maximize = true, Threads = 2 });

            Assert.Equal(CbcStatus.Optimal, parallel.Status);
            Assert.Equal(single.Objective!.Value, parallel.Objective!.Value, 6);
        }
    }
}
