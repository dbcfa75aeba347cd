using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

/// <summary>Seeded test instances built through the public facade.</summary>
internal static class CbcTestModels
{
    /// <summary>A 0/1 multi-dimensional knapsack (maximise value), capacities at half of each row's total weight.</summary>
    public static (MipModel Model, int[] Values, int[,] Weights, int[] Capacities) MultiKnapsack(int items, int dimensions, int seed)
    {
        var random = new Random(seed);
        var values = new int[items];
        var weights = new int[dimensions, items];
        var capacities = new int[dimensions];
        var model = new MipModel($"mkp_{items}_{dimensions}_{seed}");
        for (var j = 0; j < items; j++)
        {
            values[j] = random.Next(1, 101);
            model.AddColumn($"take_{j}", 0, 1, values[j], integer: true);
        }

        var columns = Enumerable.Range(0, items).ToArray();
        for (var d = 0; d < dimensions; d++)
        {
            var row = new double[items];
            for (var j = 0; j < items; j++)
            {
                weights[d, j] = random.Next(1, 101);
                row[j] = weights[d, j];
                capacities[d] += weights[d, j];
            }

            capacities[d] /= 2;
            model.AddRow($"capacity_{d}", columns, row, RowSense.LessOrEqual, capacities[d]);
        }

        return (model, values, weights, capacities);
    }

    public static double ObjectiveOf(CbcResult result, IReadOnlyList<int> values) =>
        Enumerable.Range(0, values.Count).Sum(j => result.IsSet(j) ? values[j] : 0);
}
