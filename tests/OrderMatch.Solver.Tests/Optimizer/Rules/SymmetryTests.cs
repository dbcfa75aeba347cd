using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>Small scenarios with many equal-cost choices are still solved to proven optimality.</summary>
public class SymmetryTests
{
    [Fact]
    public void Three_classes_among_many_equivalent_trainers_and_rooms_are_proven_optimal()
    {
        // 24 trainees and maxSize 10 need three classes: 3 × 800 opening + 24 × 100 tuition + travel, by hand 4,860.
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MinSize = 4, MaxSize = 10 })
            .Enterprise("E2", km: 5)
            .Trainer("T2")
            .PoolTrainer("P1", 5)
            .Base("B1", 3, 12, 50)
            .Order("O1", 13, o => o with { MinChunk = 4 })
            .Order("O2", 6, o => o with { Enterprise = "E2", AllowedSlots = ["Mon-AM", "Tue-PM", "Wed-AM"] })
            .Order("O3", 5, o => o with { Priority = 5 })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal(SolverStatus.Optimal, plan.Solver!.Status);
        Assert.Equal(4860, plan.Objective.Total, 2);
        Assert.Equal(3, plan.Classes.Count);
    }
}
