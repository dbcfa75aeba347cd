using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

public sealed class CbcSenseTests
{
    [Fact]
    public void Maximize_and_minimize_pick_opposite_ends_with_bounds_on_the_right_side()
    {
        // Integers x, y in [0, 10] with x + 2y <= 14, 3x - y >= 0, x - y <= 2 and objective 4x + 3y.
        using var model = new MipModel("sense");
        var x = model.AddColumn("x", 0, 10, 4, integer: true);
        var y = model.AddColumn("y", 0, 10, 3, integer: true);
        model.AddRow("budget", [x, y], [1, 2], RowSense.LessOrEqual, 14);
        model.AddRow("ratio", [x, y], [3, -1], RowSense.GreaterOrEqual, 0);
        model.AddRow("spread", [x, y], [1, -1], RowSense.LessOrEqual, 2);
        var expectedMax = BruteForce(maximize: true);

        var max = model.Solve(new CbcOptions { Maximize = true });
        var min = model.Solve(new CbcOptions());

        Assert.Equal(CbcStatus.Optimal, max.Status);
        Assert.Equal(expectedMax, max.Objective!.Value, 6);
        Assert.Equal(expectedMax, (4 * max.Value(x)) + (3 * max.Value(y)), 6);
        Assert.True(max.BestBound >= max.Objective - 1e-9);
        Assert.Equal(CbcStatus.Optimal, min.Status);
        Assert.Equal(BruteForce(maximize: false), min.Objective!.Value, 6);
    }

    [Fact]
    public void Duplicate_columns_in_a_row_are_summed()
    {
        // x + x <= 3 is 2x <= 3, so the largest integer x is 1.
        using var model = new MipModel("duplicates");
        var x = model.AddColumn("x", 0, 10, 1, integer: true);
        model.AddRow("twice", [x, x], [1, 1], RowSense.LessOrEqual, 3);

        var result = model.Solve(new CbcOptions { Maximize = true });

        Assert.Equal(1, result.Value(x), 6);
    }

    private static int BruteForce(bool maximize)
    {
        var best = maximize ? int.MinValue : int.MaxValue;
        for (var x = 0; x <= 10; x++)
        {
            for (var y = 0; y <= 10; y++)
            {
                if (x + (2 * y) <= 14 && (3 * x) - y >= 0 && x - y <= 2)
                {
                    var value = (4 * x) + (3 * y);
                    best = maximize ? Math.Max(best, value) : Math.Min(best, value);
                }
            }
        }

        return best;
    }
}
