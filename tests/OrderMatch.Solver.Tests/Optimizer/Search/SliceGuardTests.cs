namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// How long a slice's MIP may run in the construction of a run with a first-come start: an equal share of what is left
/// once building the later slices is set aside, so the first slices cannot take the time of all the others however
/// long the limit.
/// </summary>
public class SliceGuardTests
{
    [Fact]
    public void Each_slice_left_gets_an_equal_share_of_the_time_after_building()
    {
        // 450 s left, 80 slices from this one on, building the 79 later ones takes 70 s: (450 - 70) / 80.
        Assert.Equal(4.75, PlanOptimizer.SliceGuard(450, 80, 70), 9);
    }

    [Fact]
    public void The_last_slice_may_use_all_that_is_left() =>
        Assert.Equal(30, PlanOptimizer.SliceGuard(30, 1, 0), 9);

    [Fact]
    public void When_building_alone_takes_longer_than_what_is_left_no_MIP_time_is_given() =>
        Assert.Equal(0, PlanOptimizer.SliceGuard(60, 40, 75));
}
