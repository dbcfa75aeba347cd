using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

/// <summary>
/// Branch and bounds started from several threads at once each keep their own parameters. CBC 2.10 reads them through
/// a cursor shared by the whole process, so the facade lets one run at a time.
/// </summary>
[Collection(WallClockCollection.Name)]
public sealed class CbcConcurrencyTests
{
    [Fact]
    public void Solves_started_at_once_give_what_each_gives_alone()
    {
        var runs = new[]
        {
            (Seed: 31, Options: new CbcOptions { Maximize = true, MaximumNodes = 0, Preprocess = "off", CutGenerators = false, Seed = 3 }),
            (Seed: 32, Options: new CbcOptions { Maximize = true, MaximumNodes = 40, Seed = 9 }),
            (Seed: 33, Options: new CbcOptions { Maximize = true, MaximumNodes = 5, CutGenerators = false, Seed = 1 }),
        };
        var alone = runs.Select(r => Solve(r.Seed, r.Options)).ToList();

        var together = new (double? Objective, double? Bound)[runs.Length, 30];
        Parallel.For(0, runs.Length * 30, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
        {
            var r = i % runs.Length;
            together[r, i / runs.Length] = Solve(runs[r].Seed, runs[r].Options);
        });

        for (var r = 0; r < runs.Length; r++)
        {
            for (var k = 0; k < 30; k++)
            {
                Assert.Equal(alone[r], together[r, k]);
            }
        }
    }

    private static (double? Objective, double? Bound) Solve(int seed, CbcOptions options)
    {
        var (model, _, _, _) = CbcTestModels.MultiKnapsack(60, 8, seed);
        using (model)
        {
            var result = model.Solve(options);
            return (result.Objective, result.BestBound);
        }
    }
}
