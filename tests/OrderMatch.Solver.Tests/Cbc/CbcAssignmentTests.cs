using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

public sealed class CbcAssignmentTests
{
    private static readonly int[,] Cost =
    {
        { 9, 2, 7, 8, 6 },
        { 6, 4, 3, 7, 5 },
        { 5, 8, 1, 8, 9 },
        { 7, 6, 9, 4, 3 },
        { 2, 7, 6, 5, 8 },
    };

    [Fact]
    public void Assignment_matches_the_best_permutation_with_equality_rows()
    {
        const int n = 5;
        using var model = new MipModel("assignment");
        var x = new int[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                x[i, j] = model.AddColumn($"assign_W{i}_T{j}", 0, 1, Cost[i, j], integer: true);
            }
        }

        var ones = Enumerable.Repeat(1.0, n).ToArray();
        for (var i = 0; i < n; i++)
        {
            model.AddRow($"worker_W{i}", Enumerable.Range(0, n).Select(j => x[i, j]).ToArray(), ones, RowSense.Equal, 1);
        }

        for (var j = 0; j < n; j++)
        {
            // ≥ rows: every task is covered at least once (with n workers and n tasks this is exact).
            model.AddRow($"task_T{j}", Enumerable.Range(0, n).Select(i => x[i, j]).ToArray(), ones, RowSense.GreaterOrEqual, 1);
        }

        var result = model.Solve(new CbcOptions { Seed = 1 });

        Assert.Equal(CbcStatus.Optimal, result.Status);
        Assert.Equal(BestPermutationCost(n), result.Objective!.Value, 6);
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(1, Enumerable.Range(0, n).Count(j => result.IsSet(x[i, j])));
            Assert.Equal(1, Enumerable.Range(0, n).Count(j => result.IsSet(x[j, i])));
        }
    }

    private static int BestPermutationCost(int n)
    {
        var best = int.MaxValue;
        foreach (var permutation in Permutations(Enumerable.Range(0, n).ToList()))
        {
            best = Math.Min(best, permutation.Select((task, worker) => Cost[worker, task]).Sum());
        }

        return best;
    }

    private static IEnumerable<List<int>> Permutations(List<int> items)
    {
        if (items.Count == 0)
        {
            yield return [];
            yield break;
        }

        foreach (var first in items)
        {
            foreach (var rest in Permutations(items.Where(i => i != first).ToList()))
            {
                yield return [first, .. rest];
            }
        }
    }
}
