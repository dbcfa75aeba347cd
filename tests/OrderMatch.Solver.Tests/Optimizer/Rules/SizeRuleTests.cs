using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>H5, H11: class sizes and how orders may be divided, where a rule-breaking class would save unserved penalties or openings.</summary>
public class SizeRuleTests
{
    private static PlanClass Class(Scenario scenario, string id, string room, string[] pattern, params Enrollment[] enrollments) =>
        Classes.Make(scenario, id, "I1", "T1", room, 1, pattern, enrollments);

    [Fact]
    public void H5_no_class_below_the_minimum_size_opens()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MinSize = 5 })
            .Order("O1", 3)
            .Build();

        var plan = SolveValid(scenario);

        Assert.Empty(plan.Classes);
        Assert.Equal(3, Unserved(plan, "O1"));
        Temptation.AssertResisted(scenario, plan, "H5", Class(scenario, "X1", "I1-R1", ["Mon-AM"], new Enrollment("O1", 3)));
    }

    [Fact]
    public void H5_no_class_above_the_maximum_size_opens()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MaxSize = 8 })
            .Order("O1", 10)
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal(2, plan.Classes.Count);
        Assert.All(plan.Classes, c => Assert.InRange(c.Size, 1, 8));
        Assert.Equal(10, Served(plan, "O1"));
        Temptation.AssertResisted(scenario, plan, "H5", Class(scenario, "X1", "I1-R1", ["Mon-AM"], new Enrollment("O1", 10)));
    }

    [Fact]
    public void H11_an_unsplittable_order_is_not_divided_between_two_rooms()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MinSize = 4 })
            .Institution("I1", i => i with { Rooms = [ScenarioBuilder.Room("I1-R1", 8), ScenarioBuilder.Room("I1-R2", 8)] })
            .Order("O1", 12, o => o with { Splittable = false })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Empty(plan.Classes);
        Assert.Equal(12, Unserved(plan, "O1"));
        Temptation.AssertResisted(scenario, plan, "H11",
            Class(scenario, "X1", "I1-R1", ["Mon-AM"], new Enrollment("O1", 8)),
            Class(scenario, "X2", "I1-R2", ["Tue-AM"], new Enrollment("O1", 4)));
    }

    [Fact]
    public void H11_no_enrollment_is_smaller_than_the_order_min_chunk()
    {
        // One trainer with one session a week: a single class of at most 10. Filling it with 8 of urgent O2 and 2 of
        // O1 would serve most, but O1 takes no chunk below 5; so O2 goes alone and O1 waits whole.
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MaxSize = 10 })
            .Trainer("T1", t => t with { MaxSessionsPerWeek = 1 })
            .Order("O1", 6, o => o with { MinChunk = 5, Priority = 1 })
            .Order("O2", 8, o => o with { Priority = 5 })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal(8, Served(plan, "O2"));
        Assert.Equal(6, Unserved(plan, "O1"));
        Assert.DoesNotContain(plan.Classes.SelectMany(c => c.Enrollments), e => e.Order == "O1");
        Temptation.AssertResisted(scenario, plan, "H11",
            Class(scenario, "X1", "I1-R1", ["Mon-AM"], new Enrollment("O1", 2), new Enrollment("O2", 8)));
    }
}
