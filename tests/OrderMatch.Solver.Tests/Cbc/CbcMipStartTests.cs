using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

public sealed class CbcMipStartTests
{
    [Fact]
    public void Start_is_kept_when_the_search_may_not_branch()
    {
        var (model, values, _, _) = CbcTestModels.MultiKnapsack(60, 5, seed: 3);
        using (model)
        {
            var optimum = model.Solve(new CbcOptions { Maximize = true, Seed = 1 });
            var rootOnly = new CbcOptions { Maximize = true, Seed = 1, MaximumNodes = 0 };
            var withoutStart = model.Solve(rootOnly);

            // The instance is only a witness if the root alone does not reach the optimum.
            Assert.Equal(CbcStatus.Optimal, optimum.Status);
            Assert.True(withoutStart.Objective < optimum.Objective - 0.5, $"root alone found {withoutStart.Objective}");

            var chosen = Enumerable.Range(0, values.Length).Where(optimum.IsSet).ToArray();
            model.SetMipStart(chosen, Enumerable.Repeat(1.0, chosen.Length).ToArray());
            var withStart = model.Solve(rootOnly);

            Assert.True(withStart.HasSolution);
            Assert.Equal(optimum.Objective!.Value, withStart.Objective!.Value, 6);
            Assert.Equal(optimum.Objective!.Value, CbcTestModels.ObjectiveOf(withStart, values), 6);
        }
    }
}
