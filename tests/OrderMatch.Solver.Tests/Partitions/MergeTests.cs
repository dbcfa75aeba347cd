using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Partitions;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Partitions;

/// <summary>
/// Merging partition plans never double-books a resource two partitions share. The scenario: regions R1 and R2 (no
/// alliance), one order of 10 in each (O1 of E1 in R1, O2 of E2 in R2), one institution I1 with rooms I1-R1 and I1-R2,
/// and T1 its only trainer — so each partition, solved alone, wants T1.
/// </summary>
public sealed class MergeTests
{
    private static ScenarioBuilder Shared() => ScenarioBuilder.Minimal()
        .Region("R2")
        .Enterprise("E2", e => e with { Region = "R2" })
        .Institution("I1", i => i with { Rooms = [ScenarioBuilder.Room("I1-R1", 20), ScenarioBuilder.Room("I1-R2", 20)] })
        .Order("O1", 10)
        .Order("O2", 10, o => o with { Enterprise = "E2" });

    private static Plan PlanOf(params PlanClass[] classes) =>
        new() { Scenario = "part", Classes = classes, Objective = new Objective(0, new ObjectiveComponents()) };

    private static PlanClass Class(Scenario scenario, string id, string trainer, string room, string slot, string order) =>
        Classes.Make(scenario, id, "I1", trainer, room, 1, [slot], new Enrollment(order, 10));

    [Fact]
    public void A_class_whose_trainer_is_taken_by_an_earlier_partition_is_dropped()
    {
        var scenario = Shared().Build();
        var first = PlanOf(Class(scenario, "K0001", "T1", "I1-R1", "Mon-AM", "O1"));
        var second = PlanOf(Class(scenario, "K0001", "T1", "I1-R2", "Mon-AM", "O2"));

        var merged = PartitionMerger.Merge(scenario, [first, second]);

        var kept = Assert.Single(merged.Kept);
        Assert.Equal("O1", kept.Enrollments[0].Order);
        var dropped = Assert.Single(merged.Dropped);
        Assert.Equal(1, dropped.Partition);
        Assert.StartsWith("H8: trainer T1 already teaches class K0001 on 2026-01-05 AM", dropped.Conflict, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_whose_room_is_taken_is_dropped_naming_the_room()
    {
        var scenario = Shared().Trainer("T2").Build();
        var first = PlanOf(Class(scenario, "K0001", "T1", "I1-R1", "Tue-PM", "O1"));
        var second = PlanOf(Class(scenario, "K0001", "T2", "I1-R1", "Tue-PM", "O2"));

        var dropped = Assert.Single(PartitionMerger.Merge(scenario, [first, second]).Dropped);

        Assert.StartsWith("H9: room I1-R1 already hosts class K0001", dropped.Conflict, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_over_the_institutions_weekly_class_count_is_dropped()
    {
        var scenario = Shared().Trainer("T2").Institution("I1", i => i with { MaxConcurrentClasses = 1 }).Build();
        var first = PlanOf(Class(scenario, "K0001", "T1", "I1-R1", "Mon-AM", "O1"));
        var second = PlanOf(Class(scenario, "K0001", "T2", "I1-R2", "Wed-PM", "O2"));

        var merged = PartitionMerger.Merge(scenario, [first, second]);

        Assert.StartsWith("H16: institution I1 would run more than 1 classes in week 1", Assert.Single(merged.Dropped).Conflict, StringComparison.Ordinal);
        var plan = PartitionRepair.Finish(scenario, [first, second], Options, 0).Plan;
        AssertPasses(scenario, plan);
        Assert.Equal(10, Unserved(plan, "O2"));
    }

    [Fact]
    public void A_class_over_the_trainers_weekly_cap_is_dropped()
    {
        var scenario = Shared().Trainer("T1", t => t with { MaxSessionsPerWeek = 1 }).Build();
        var first = PlanOf(Class(scenario, "K0001", "T1", "I1-R1", "Mon-AM", "O1"));
        var second = PlanOf(Class(scenario, "K0001", "T1", "I1-R2", "Fri-PM", "O2"));

        var dropped = Assert.Single(PartitionMerger.Merge(scenario, [first, second]).Dropped);

        Assert.StartsWith("H8: trainer T1 would teach more than 1 sessions in week 1", dropped.Conflict, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repair_re_plans_dropped_demand_and_the_plan_checks_without_double_booking()
    {
        var scenario = Shared().Build();
        var first = PlanOf(Class(scenario, "K0001", "T1", "I1-R1", "Mon-AM", "O1"));
        var second = PlanOf(Class(scenario, "K0001", "T1", "I1-R2", "Mon-AM", "O2"));

        var result = PartitionRepair.Finish(scenario, [first, second], Options, 0);

        AssertPasses(scenario, result.Plan);
        Assert.Equal(1, result.KeptClasses);
        Assert.Single(result.Dropped);
        Assert.Equal(0, Unserved(result.Plan, "O2"));
        Assert.Equal(10, Served(result.Plan, "O1") + Unserved(result.Plan, "O1"));
        var o1Class = Assert.Single(result.Plan.Classes, c => c.Enrollments.Any(e => e.Order == "O1"));
        Assert.Equal(first.Classes[0] with { Id = o1Class.Id }, o1Class with { Enrollments = first.Classes[0].Enrollments });
        Assert.Equal(result.Plan.Classes.Count, result.Plan.Classes.Select(c => c.Id).Distinct().Count());
        var trainerSlots = result.Plan.Classes.Where(c => c.Trainer == "T1").SelectMany(c => c.Sessions).ToList();
        Assert.Equal(trainerSlots.Count, trainerSlots.Distinct().Count());
    }

    [Fact]
    public void Two_partitions_solved_alone_want_the_same_trainer_and_the_merged_plan_still_checks()
    {
        var scenario = Shared().Build();

        var result = PartitionedOptimizer.Solve(scenario, 2, Options);

        AssertPasses(scenario, result.Plan);
        Assert.Empty(result.Plan.Unassigned);
        Assert.Equal(2, result.Plan.Classes.Count);
        Assert.NotNull(result.Plan.Solver?.Bound);
        Assert.True(result.Plan.Solver!.Bound <= result.Plan.Objective.Total);
    }

    [Fact]
    public void Ids_stay_unique_and_a_class_keeping_a_previous_class_keeps_its_id()
    {
        var builder = Shared().Trainer("T2");
        var scenario = builder.Build();
        var previous = Class(scenario, "P7", "T1", "I1-R1", "Mon-AM", "O1");
        scenario = builder.Previous(previous).Build();
        var first = PlanOf(previous);
        var second = PlanOf(Class(scenario, "P7", "T2", "I1-R2", "Tue-AM", "O2"));

        var merged = PartitionMerger.Merge(scenario, [first, second]);
        var result = PartitionRepair.Finish(scenario, [first, second], Options, 0);

        Assert.Equal(["P7", "K0001"], merged.Kept.Select(k => k.Id));
        AssertPasses(scenario, result.Plan);
        Assert.Contains(result.Plan.Classes, c => c.SameDecisionsAs(previous));
        Assert.Equal(0, result.Plan.Objective.Components.Changes);
        Assert.Equal(PlanEvaluator.Rounded(PlanEvaluator.Objective(new ScenarioIndex(scenario), result.Plan.Classes, result.Plan.Unassigned)),
            result.Plan.Objective);
    }

    [Fact]
    public void A_pinned_class_repeated_by_its_partition_is_kept_once_and_unchanged()
    {
        var builder = Shared();
        var pin = Class(builder.Build(), "PIN1", "T1", "I1-R1", "Thu-AM", "O1");
        var scenario = builder.Pin(pin).Build();
        var first = PlanOf(pin);
        var second = PlanOf(Class(scenario, "K0001", "T1", "I1-R2", "Thu-AM", "O2"));

        var merged = PartitionMerger.Merge(scenario, [first, second]);
        var result = PartitionRepair.Finish(scenario, [first, second], Options, 0);

        Assert.Equal("PIN1", Assert.Single(merged.Kept).Id);
        Assert.StartsWith("H8: trainer T1 already teaches class PIN1", Assert.Single(merged.Dropped).Conflict, StringComparison.Ordinal);
        AssertPasses(scenario, result.Plan);
        Assert.Equal(0, Unserved(result.Plan, "O2"));
    }
}
