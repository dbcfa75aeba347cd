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

    /// <summary>
    /// min 3x + 2y with x + y ≥ 4, y ≤ 3 as its bound: y = 3, x = 1. Capping y at 0 moves everything to x (12); lowering
    /// the cover row to 2 then halves it (6). Each solve starts from the last basis.
    /// </summary>
    [Fact]
    public void Column_values_follow_the_bounds_changed_between_solves()
    {
        using var lp = new LpModel([4], [double.MaxValue]);
        lp.AddColumn(0, double.MaxValue, 3, [0], [1]);
        lp.AddColumn(0, 3, 2, [0], [1]);

        Assert.True(lp.Solve(10));
        Assert.Equal([1.0, 3.0], lp.ColumnValues().Select(v => Math.Round(v, 6)));

        lp.SetColumnUpper(1, 0);

        Assert.True(lp.Solve(10));
        Assert.Equal(12, lp.Objective, 6);
        Assert.Equal([4.0, 0.0], lp.ColumnValues().Select(v => Math.Round(v, 6)));

        lp.SetRowBounds([2], [double.MaxValue]);

        Assert.True(lp.Solve(10));
        Assert.Equal(6, lp.Objective, 6);
        Assert.Equal(2, lp.ColumnCount);
    }

    [Fact]
    public void Row_bounds_must_cover_every_row()
    {
        using var lp = new LpModel([1, 0], [double.MaxValue, 1]);

        var error = Assert.Throws<ArgumentException>(() => lp.SetRowBounds([1], [double.MaxValue]));

        Assert.Contains("2 rows", error.Message);
    }

    [Fact]
    public void A_column_naming_a_row_that_does_not_exist_is_refused()
    {
        using var lp = new LpModel([1], [double.MaxValue]);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => lp.AddColumn(0, 1, 1, [1], [1.0]));

        Assert.Contains("row index outside 0..0", error.Message);
    }
}
