using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

/// <summary>Solves in a cbc process of its own (Debian's coinor-cbc) against solves in this process.</summary>
[Collection(WallClockCollection.Name)]
public sealed class CbcProcessTests
{
    private const string Cbc = "/usr/bin/cbc";

    [Fact]
    public void A_process_finds_the_optimum_this_process_finds()
    {
        var (model, values, _, _) = CbcTestModels.MultiKnapsack(40, 4, seed: 3);
        using (model)
        {
            var here = model.Solve(new CbcOptions { Maximize = true });
            var there = model.Solve(new CbcOptions { Maximize = true, Executable = Cbc });

            Assert.Equal(CbcStatus.Optimal, there.Status);
            Assert.Equal(here.Objective!.Value, there.Objective!.Value, 6);
            Assert.Equal(there.Objective!.Value, CbcTestModels.ObjectiveOf(there, values), 6);
        }
    }

    [Fact]
    public void A_node_limited_solve_from_a_start_gives_what_it_gives_in_this_process()
    {
        foreach (var seed in new[] { 31, 32, 33 })
        {
            var (model, _, _, _) = CbcTestModels.MultiKnapsack(60, 8, seed);
            using (model)
            {
                // A complete start: a start file sets the columns it leaves out to 0, where this process leaves them free.
                model.SetMipStart([.. Enumerable.Range(0, 60)], [.. Enumerable.Range(0, 60).Select(j => j < 2 ? 1.0 : 0.0)]);
                var options = new CbcOptions { Maximize = true, MaximumNodes = 5, CutGenerators = false, Preprocess = "off", Seed = 1 };
                var here = model.Solve(options);
                var there = model.Solve(options with { Executable = Cbc });

                Assert.Equal(here.Status, there.Status);
                Assert.Equal(here.Objective, there.Objective);
                Assert.Equal(here.Values, there.Values);
            }
        }
    }

    [Fact]
    public void Solves_in_processes_of_their_own_run_side_by_side_and_each_gives_what_it_gives_alone()
    {
        var options = new CbcOptions { Maximize = true, MaximumNodes = 0, Preprocess = "off", CutGenerators = false, Seed = 3, Executable = Cbc };
        var seeds = new[] { 31, 32, 33, 34 };
        var alone = seeds.Select(s => Solve(s, options)).ToList();

        var together = new (double? Objective, IReadOnlyList<double> Values)[seeds.Length * 3];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i] = Solve(seeds[i % seeds.Length], options));

        for (var i = 0; i < together.Length; i++)
        {
            Assert.Equal(alone[i % seeds.Length].Objective, together[i].Objective);
            Assert.Equal(alone[i % seeds.Length].Values, together[i].Values);
        }
    }

    [Fact]
    public void Processes_sharing_the_cores_stop_at_a_wall_clock_limit_where_a_CPU_time_limit_runs_past_it()
    {
        // Three times as many solves as cores, so each process gets about a third of a core: counted in CPU time, a
        // 2-second limit takes about 6 seconds.
        const double limit = 2;
        var count = 3 * Environment.ProcessorCount;
        var options = new CbcOptions { Maximize = true, TimeLimitSeconds = limit, Seed = 5, Executable = Cbc };

        var wallClock = TimedSideBySide(options with { WallClockLimit = true }, count);
        var cpuTime = TimedSideBySide(options, count);

        Assert.All(wallClock, seconds => Assert.True(seconds < limit + 2, $"took {seconds:0.00} s"));
        Assert.True(cpuTime.Max() > limit + 2.5, $"the longest took {cpuTime.Max():0.00} s");
    }

    [Fact]
    public void A_wall_clock_limit_is_passed_as_it_is_and_a_CPU_time_limit_at_the_share_of_a_core()
    {
        var options = new CbcOptions { TimeLimitSeconds = 10, CpuShare = 0.5 };

        var cpu = CbcParameters.Of(options, logLevel: 0);
        var wall = CbcParameters.Of(options with { WallClockLimit = true }, logLevel: 0);

        Assert.Contains(("sec", "5"), cpu);
        Assert.DoesNotContain(cpu, p => p.Name == "timeMode");
        Assert.Contains(("sec", "10"), wall);
        Assert.Contains(("timeMode", "elapsed"), wall);
    }

    [Fact]
    public void A_missing_executable_is_named()
    {
        var (model, _, _, _) = CbcTestModels.MultiKnapsack(10, 2, seed: 1);
        using (model)
        {
            var error = Assert.Throws<CbcException>(() => model.Solve(new CbcOptions { Executable = "/nonexistent/cbc" }));

            Assert.Contains("/nonexistent/cbc", error.Message, StringComparison.Ordinal);
            Assert.Contains("coinor-cbc", error.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>The wall-clock seconds each of <paramref name="count"/> solves of one hard model took, all started together.</summary>
    private static double[] TimedSideBySide(CbcOptions options, int count)
    {
        var seconds = new double[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, i =>
        {
            var (model, _, _, _) = CbcTestModels.MultiKnapsack(600, 30, seed: 11);
            using (model)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var result = model.Solve(options);
                seconds[i] = clock.Elapsed.TotalSeconds;
                Assert.Contains(result.Status, new[] { CbcStatus.Feasible, CbcStatus.TimeLimitNoSolution });
            }
        });
        return seconds;
    }

    private static (double? Objective, IReadOnlyList<double> Values) Solve(int seed, CbcOptions options)
    {
        var (model, _, _, _) = CbcTestModels.MultiKnapsack(60, 8, seed);
        using (model)
        {
            var result = model.Solve(options);
            return (result.Objective, result.Values);
        }
    }
}
