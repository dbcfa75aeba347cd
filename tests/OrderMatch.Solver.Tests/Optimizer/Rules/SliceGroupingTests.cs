using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>Courses that compete for the same trainers or rooms are divided up by one model, not first come first served.</summary>
public class SliceGroupingTests
{
    [Fact]
    public void Courses_of_one_occupation_share_a_slice_even_when_sliced()
    {
        // Two levels of one occupation. T1 (nearby, one session a week) may teach either level; T2 (10 km away) only
        // level 1. Level 1 has more priority-weighted demand, so course by course it would take nearby T1 and leave
        // level 2 with no trainer; divided by one model, level 1 takes T2 and everybody is served.
        var scenario = ScenarioBuilder.Minimal()
            .Course("C2", c => c with { Level = 2 })
            .Institution("I1", i => i with { Offers = [.. i.Offers, new Offer("C2", 100)], Rooms = [.. i.Rooms, ScenarioBuilder.Room("I1-R2", 20)] })
            .Trainer("T1", t => t with { MaxSessionsPerWeek = 1, Qualifications = [new Qualification(ScenarioBuilder.Occupation, 2)] })
            .Trainer("T2", t => t with { MaxSessionsPerWeek = 1 }, km: 10)
            .Order("O1", 20, o => o with { Priority = 2, AllowedSlots = ["Mon-AM"] })
            .Order("O2", 6, o => o with { Course = "C2", Priority = 5, AllowedSlots = ["Mon-AM"] })
            .Build();

        var report = PlanOptimizer.Solve(scenario, Options with { MaxCandidatesPerModel = 1 });

        Assert.Equal(1, report.Slices);
        AssertPasses(scenario, report.Plan);
        Assert.Equal(6, Served(report.Plan, "O2"));
        Assert.Equal(20, Served(report.Plan, "O1"));
        Assert.Contains(report.Plan.Classes, c => c.Course == "C1" && c.Trainer == "T2");
    }
}
