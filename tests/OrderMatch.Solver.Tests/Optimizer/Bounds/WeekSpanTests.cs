using OrderMatch.Domain.Calendar;
using OrderMatch.Solver.Planning;
using OrderMatch.Solver.Tests.Optimizer.Builders;

namespace OrderMatch.Solver.Tests.Optimizer.Bounds;

/// <summary>
/// The fewest session weeks a class must hold inside a week interval. The horizon has five weeks of Mon–Fri from
/// 2026-01-05; a class needing two session weeks inside weeks 1–3 holds week 2 unless week 2 can be skipped.
/// </summary>
public class WeekSpanTests
{
    private static WeekSpan Weeks(params string[] closed) =>
        new(new ScenarioCalendar(ScenarioBuilder.Minimal().Horizon(h => h with { Weeks = 5 }).Closed(closed).Build().Horizon));

    [Theory]
    [InlineData(2, 2, 1)]
    [InlineData(1, 1, 0)]
    [InlineData(3, 3, 0)]
    [InlineData(1, 2, 1)]
    [InlineData(1, 3, 2)]
    [InlineData(4, 5, 0)]
    public void With_every_week_open_a_class_runs_on_consecutive_weeks(int a, int b, int expected) =>
        Assert.Equal(expected, Weeks().MinimumInside(1, 3, 2, a, b));

    [Fact]
    public void A_closed_week_is_skipped_so_the_class_holds_the_weeks_around_it()
    {
        var weeks = Weeks("2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16");

        Assert.False(weeks.IsOpen(2));
        Assert.Equal(0, weeks.MinimumInside(1, 3, 2, 2, 2));
        Assert.Equal(1, weeks.MinimumInside(1, 3, 2, 1, 1));
        Assert.Equal(1, weeks.MinimumInside(1, 3, 2, 3, 3));
    }

    [Fact]
    public void A_partly_closed_week_may_be_skipped_by_a_pattern_on_its_closed_days()
    {
        var weeks = Weeks("2026-01-12");

        Assert.True(weeks.IsOpen(2));
        Assert.Equal(0, weeks.MinimumInside(1, 3, 2, 2, 2));
        Assert.Equal(1, weeks.MinimumInside(1, 3, 2, 1, 2));
    }

    [Fact]
    public void A_window_too_short_for_the_class_charges_nothing() =>
        Assert.Equal(0, Weeks().MinimumInside(2, 2, 2, 1, 5));
}
