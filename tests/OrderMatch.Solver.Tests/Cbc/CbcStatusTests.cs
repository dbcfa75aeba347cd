using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Tests.Cbc;

public sealed class CbcStatusTests
{
    [Fact]
    public void Contradictory_integer_rows_are_infeasible()
    {
        using var model = new MipModel("infeasible");
        var x = model.AddColumn("x", 0, 10, 1, integer: true);
        var y = model.AddColumn("y", 0, 10, 1, integer: true);
        model.AddRow("at_least_five", [x, y], [1, 1], RowSense.GreaterOrEqual, 5);
        model.AddRow("at_most_three", [x, y], [1, 1], RowSense.LessOrEqual, 3);

        var result = model.Solve(new CbcOptions());

        Assert.Equal(CbcStatus.Infeasible, result.Status);
        Assert.False(result.HasSolution);
        Assert.Null(result.Objective);
        Assert.Throws<InvalidOperationException>(() => result.Value(0));
    }

    [Fact]
    public void Parity_constraint_without_integer_solution_is_infeasible()
    {
        // 2x + 2y = 3 has LP solutions but no integer ones: the search has to prove it.
        using var model = new MipModel("parity");
        var x = model.AddColumn("x", 0, 5, 0, integer: true);
        var y = model.AddColumn("y", 0, 5, 0, integer: true);
        model.AddRow("odd", [x, y], [2, 2], RowSense.Equal, 3);

        Assert.Equal(CbcStatus.Infeasible, model.Solve(new CbcOptions()).Status);
    }

    [Fact]
    public void Empty_model_is_optimal_at_zero()
    {
        using var model = new MipModel();

        var result = model.Solve(new CbcOptions());

        Assert.Equal(CbcStatus.Optimal, result.Status);
        Assert.Equal(0, result.Objective);
        Assert.Empty(result.Values);
    }

    [Fact]
    public void Continuous_model_is_solved_as_a_linear_program()
    {
        // max 3x + 2y  s.t. x + y <= 4, x + 3y <= 6, x <= 3  →  x = 3, y = 1, objective 11.
        using var model = new MipModel("lp");
        var x = model.AddColumn("x", 0, 3, 3, integer: false);
        var y = model.AddColumn("y", 0, double.PositiveInfinity, 2, integer: false);
        model.AddRow("sum", [x, y], [1, 1], RowSense.LessOrEqual, 4);
        model.AddRow("mix", [x, y], [1, 3], RowSense.LessOrEqual, 6);

        var result = model.Solve(new CbcOptions { Maximize = true });

        Assert.Equal(CbcStatus.Optimal, result.Status);
        Assert.Equal(11, result.Objective!.Value, 6);
        Assert.Equal(3, result.Value(x), 6);
        Assert.Equal(1, result.Value(y), 6);
        Assert.Equal(0, result.RelativeGap!.Value, 9);
    }

    [Fact]
    public void Infeasible_linear_program_is_infeasible()
    {
        using var model = new MipModel("lp_infeasible");
        var x = model.AddColumn("x", 0, 1, 1, integer: false);
        model.AddRow("too_much", [x], [1], RowSense.GreaterOrEqual, 2);

        Assert.Equal(CbcStatus.Infeasible, model.Solve(new CbcOptions()).Status);
    }

    [Fact]
    public void Unbounded_integer_model_is_unbounded()
    {
        using var model = new MipModel("unbounded");
        var x = model.AddColumn("x", 0, double.PositiveInfinity, -1, integer: true);
        var y = model.AddColumn("y", 0, double.PositiveInfinity, 0, integer: true);
        model.AddRow("link", [x, y], [1, -1], RowSense.LessOrEqual, 0);

        Assert.Equal(CbcStatus.Unbounded, model.Solve(new CbcOptions()).Status);
    }

    [Fact]
    public void Cancelled_token_stops_before_the_solve()
    {
        using var model = new MipModel();
        model.AddColumn("x", 0, 1, 1, integer: true);

        Assert.Throws<OperationCanceledException>(() => model.Solve(new CbcOptions(), cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Native_version_is_reported()
    {
        MipModel.EnsureAvailable();

        Assert.StartsWith("2.", MipModel.NativeVersion, StringComparison.Ordinal);
    }
}
