using OrderMatch.Solver.Assignment;

namespace OrderMatch.Solver.Tests.Assignment;

public sealed class GapSolverTests
{
    // gap1.txt minimisation optima (benchmark README; proven by four sources).
    [Theory]
    [InlineData(0, 261)]
    [InlineData(1, 269)]
    [InlineData(2, 256)]
    [InlineData(3, 274)]
    [InlineData(4, 251)]
    public void Gap1_instances_are_solved_to_their_known_optimum_and_proven(int index, long optimum)
    {
        var instance = GapReader.ReadFile(GapFiles.Path("gap1.txt"))[index];

        var result = GapSolver.Solve(instance, new GapSolveOptions { TimeLimitSeconds = 30 });

        Assert.Equal(optimum, result.Cost);
        Assert.True(result.Optimal);
        Assert.Equal(optimum, result.Bound);
        GapAssert.Feasible(instance, result.Best!);
    }

    [Fact]
    public void Without_the_MIP_the_heuristics_alone_give_a_feasible_assignment_no_better_than_the_optimum()
    {
        var instance = GapReader.ReadFile(GapFiles.Path("gap12.txt"))[0];

        var result = GapSolver.Solve(instance, new GapSolveOptions { TimeLimitSeconds = 5, UseMip = false });

        Assert.NotNull(result.Best);
        GapAssert.Feasible(instance, result.Best);
        Assert.True(result.Cost >= 974, $"cost {result.Cost} is below the proven optimum 974");
        Assert.True(result.Bound <= 974, $"bound {result.Bound} is above the proven optimum 974");
    }

    [Fact]
    public void An_instance_where_no_assignment_fits_has_no_solution()
    {
        // Two jobs of size 3 and one agent of capacity 5: no feasible assignment exists.
        var instance = GapReader.Read("gap99.txt", "1 1 2  1 1  3 3  5")[0];

        var result = GapSolver.Solve(instance, new GapSolveOptions { TimeLimitSeconds = 5 });

        Assert.Null(result.Best);
        Assert.False(result.Optimal);
    }

    [Fact]
    public void Cost_and_loads_follow_moves()
    {
        var instance = GapReader.Read("gap99.txt", "1 2 2  1 2 3 4  2 2 2 2  3 3")[0];
        var a = new GapAssignment(instance, [0, 0]);
        Assert.Equal((3L, 1L), (a.Cost, a.Overload));

        a.Move(1, 1);

        Assert.Equal((5L, 0L, 2L, 2L), (a.Cost, a.Overload, a.Load(0), a.Load(1)));
    }
}
