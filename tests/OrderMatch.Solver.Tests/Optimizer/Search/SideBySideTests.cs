using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;
using OrderMatch.Solver.Tests.Optimizer.Builders;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// With two or more lanes the search re-solves side by side only neighbourhoods that name no institution or course in
/// common. Courses C1, C2 and C3; institutions I1 and I2.
/// </summary>
public class SideBySideTests
{
    private static readonly Scenario Scenario = ScenarioBuilder.Minimal().Course("C2").Course("C3").Institution("I2").Build();

    private static Neighbourhood Courses(params string[] ids)
    {
        var index = new ScenarioIndex(Scenario);
        var calendar = new ScenarioCalendar(Scenario.Horizon);
        return new Neighbourhood([.. ids.Select(id => new CourseSpace(index.Courses[id], [], calendar, index))]);
    }

    private static Neighbourhood At(string institution) => new([], institution);

    [Fact]
    public void Course_neighbourhoods_with_no_course_in_common_are_re_solved_side_by_side()
    {
        Assert.True(NeighbourhoodSearch.Apart(Courses("C1", "C2"), Courses("C3")));
        Assert.True(NeighbourhoodSearch.Apart(Courses("C3"), Courses("C1", "C2")));
    }

    [Fact]
    public void Course_neighbourhoods_sharing_a_course_are_not()
    {
        Assert.False(NeighbourhoodSearch.Apart(Courses("C1", "C2"), Courses("C2", "C3")));
        Assert.False(NeighbourhoodSearch.Apart(Courses("C1"), Courses("C1")));
    }

    [Fact]
    public void Institution_neighbourhoods_are_apart_only_at_different_institutions()
    {
        Assert.True(NeighbourhoodSearch.Apart(At("I1"), At("I2")));
        Assert.False(NeighbourhoodSearch.Apart(At("I1"), At("I1")));
        Assert.True(NeighbourhoodSearch.Apart(At("I1"), Courses("C1")));
        Assert.True(NeighbourhoodSearch.Apart(Courses("C1"), At("I1")));
    }
}
