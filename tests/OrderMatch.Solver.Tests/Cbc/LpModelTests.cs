using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

public sealed class LpModelTests
{
    /// <summary>
    /// min 3x + 2y with x + y ≥ 4 and x ≤ 3 (as a row): y is cheaper, so y = 4 and the cover row's dual is y's cost, 2.
    /// Adding a cheaper column (z at 1 covering the row) and solving again from the last basis moves the optimum and
    /// the dual to it.
    /// </summary>
    [Fact]
    public void Duals_follow_the_columns_added_between_solves()
    {
        using var lp = new LpModel([4, double.MinValue], [double.MaxValue, 3]);
        lp.AddColumn(0, double.MaxValue, 3, [0, 1], [1, 1]);
        lp.AddColumn(0, double.MaxValue, 2, [0], [1]);

        Assert.True(lp.Solve(10));
        Assert.Equal(8, lp.Objective, 6);
        Assert.Equal(2, lp.Duals()[0], 6);
        Assert.Equal(0, lp.Duals()[1], 6);

        lp.AddColumn(0, double.MaxValue, 1, [0], [1]);

        Assert.True(lp.Solve(10));
        Assert.Equal(4, lp.Objective, 6);
        Assert.Equal(1, lp.Duals()[0], 6);
    }

    [Fact]
    public void A_column_naming_a_row_that_does_not_exist_is_refused()
    {
        using var lp = new LpModel([1], [double.MaxValue]);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => lp.AddColumn(0, 1, 1, [1], [1.0]));

        Assert.Contains("row index outside 0..0", error.Message);
    }
}
