using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

public sealed class CbcKnapsackTests
{
    private static readonly CbcOptions Maximize = new() { Maximize = true, Seed = 7 };

    [Fact]
    public void Knapsack_reaches_the_dynamic_programming_optimum()
    {
        var random = new Random(42);
        const int items = 30;
        var values = Enumerable.Range(0, items).Select(_ => random.Next(5, 60)).ToArray();
        var weights = Enumerable.Range(0, items).Select(_ => random.Next(3, 40)).ToArray();
        var capacity = weights.Sum() / 3;

        using var model = new MipModel("knapsack");
        for (var j = 0; j < items; j++)
        {
            model.AddColumn($"take_{j}", 0, 1, values[j], integer: true);
        }

        model.AddRow("capacity", Enumerable.Range(0, items).ToArray(), weights.Select(w => (double)w).ToArray(), RowSense.LessOrEqual, capacity);

        var result = model.Solve(Maximize);

        Assert.Equal(CbcStatus.Optimal, result.Status);
        var expected = KnapsackByDynamicProgramming(values, weights, capacity);
        Assert.Equal(expected, result.Objective!.Value, 6);
        Assert.Equal(expected, CbcTestModels.ObjectiveOf(result, values), 6);
        Assert.True(Enumerable.Range(0, items).Sum(j => result.IsSet(j) ? weights[j] : 0) <= capacity);
        Assert.Equal(expected, result.BestBound!.Value, 6);
    }

    [Fact]
    public void Multi_dimensional_knapsack_solution_respects_every_capacity()
    {
        var (model, values, weights, capacities) = CbcTestModels.MultiKnapsack(40, 4, seed: 3);
        using (model)
        {
            var result = model.Solve(Maximize);

            Assert.Equal(CbcStatus.Optimal, result.Status);
            Assert.Equal(result.Objective!.Value, CbcTestModels.ObjectiveOf(result, values), 6);
            for (var d = 0; d < capacities.Length; d++)
            {
                Assert.True(Enumerable.Range(0, values.Length).Sum(j => result.IsSet(j) ? weights[d, j] : 0) <= capacities[d]);
            }
        }
    }

    private static int KnapsackByDynamicProgramming(int[] values, int[] weights, int capacity)
    {
        var best = new int[capacity + 1];
        for (var j = 0; j < values.Length; j++)
        {
            for (var c = capacity; c >= weights[j]; c--)
            {
                best[c] = Math.Max(best[c], best[c - weights[j]] + values[j]);
            }
        }

        return best[capacity];
    }
}
