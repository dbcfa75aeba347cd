using System.Diagnostics;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

/// <summary>A time limit with the default CPU share of 1 runs a hard model, on its own thread, until about the limit.</summary>
[Collection(WallClockCollection.Name)]
public sealed class CbcWallClockTests
{
    private const double LimitSeconds = 3;

    [Fact]
    public void A_hard_model_runs_until_about_its_wall_clock_limit()
    {
        var (model, _, _, _) = CbcTestModels.MultiKnapsack(600, 30, seed: 11);
        using (model)
        {
            var clock = Stopwatch.StartNew();
            var result = model.Solve(new CbcOptions { Maximize = true, TimeLimitSeconds = LimitSeconds, Seed = 5 });
            clock.Stop();

            Assert.Equal(CbcStatus.Feasible, result.Status);
            Assert.InRange(clock.Elapsed.TotalSeconds, LimitSeconds * 0.8, LimitSeconds + 10);
        }
    }
}
