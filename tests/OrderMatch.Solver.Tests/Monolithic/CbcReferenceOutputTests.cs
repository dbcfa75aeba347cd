using OrderMatch.Solver.Reference;

namespace OrderMatch.Solver.Tests.Monolithic;

public sealed class CbcReferenceOutputTests
{
    [Theory]
    [InlineData("Cbc0012I Integer solution of 12755 found by feasibility pump after 0 iterations and 0 nodes (0.23 seconds)", 12755.0, null)]
    [InlineData("Cbc0038I Solution found of 13245", 13245.0, null)]
    [InlineData("Cbc0038I Mini branch and bound improved solution from 13245 to 12755 (0.06 seconds)", 12755.0, null)]
    [InlineData("Cbc0010I After 200 nodes, 109 on tree, 12735 best solution, best possible 12221.796 (2.08 seconds)", 12735.0, 12221.796)]
    [InlineData("Cbc0010I After 0 nodes, 1 on tree, 1e+50 best solution, best possible 6347.3841 (0.31 seconds)", null, 6347.3841)]
    [InlineData("Continuous objective value is 12217.7 - 0.01 seconds", null, 12217.7)]
    [InlineData("Lower bound:                    12221.796", null, 12221.796)]
    [InlineData("Cbc0038I Pass   1: suminf.    4.11249 (23) obj. 12378.9 iterations 193", null, null)]
    public void Log_lines_yield_incumbents_and_bounds(string line, double? incumbent, double? bound)
    {
        var parsed = CbcLogLine.Parse(line);

        Assert.Equal(incumbent, parsed.Incumbent);
        Assert.Equal(bound, parsed.Bound);
    }

    [Fact]
    public void A_solution_file_stopped_on_time_holds_its_values_by_name()
    {
        var file = CbcSolutionFile.Parse(
            "Stopped on time - objective value 12735.00000000\n      25 x_a0_j25                   1                      75\n**   26 x_a1_j3   0.99999  0\n");

        Assert.True(file.HasSolution);
        Assert.Equal("Stopped on time", file.Status);
        Assert.Equal(12735.0, file.Objective);
        Assert.Equal(1.0, file.Values["x_a0_j25"]);
        Assert.Equal(0.99999, file.Values["x_a1_j3"]);
    }

    [Fact]
    public void A_continuous_answer_without_integer_solution_is_no_solution()
    {
        var file = CbcSolutionFile.Parse("Stopped on time (no integer solution - continuous used) - objective value 12.5\n 0 x 0.5 0\n");

        Assert.False(file.HasSolution);
        Assert.Null(file.Objective);
    }

    [Fact]
    public void An_infeasible_answer_is_no_solution()
    {
        Assert.False(CbcSolutionFile.Parse("Infeasible - objective value 0.00000000\n").HasSolution);
    }
}
