using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Checking;

public sealed class PinConflictsTests
{
    private static readonly Scenario Tiny = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
    private static readonly Plan TinyPlan = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;

    [Fact]
    public void The_classes_of_a_valid_plan_pinned_together_conflict_in_nothing()
    {
        var scenario = Tiny with { Pinned = [.. TinyPlan.Classes.Select(k => k with { Sessions = [] })] };

        Assert.Empty(PinConflicts.Find(scenario));
    }

    [Fact]
    public void Two_pins_with_one_trainer_and_room_at_the_same_times_are_named_with_the_rules_they_break()
    {
        var first = TinyPlan.Classes[0];
        var twin = TinyPlan.Classes[1] with
        {
            Id = "K009", Trainer = first.Trainer, Room = first.Room, Institution = first.Institution,
            StartWeek = first.StartWeek, Pattern = first.Pattern, Sessions = [],
        };
        var scenario = Tiny with { Pinned = [first, twin] };

        var conflicts = PinConflicts.Find(scenario);

        Assert.Contains(conflicts, v => v.Rule == "H8" && v.Entities.Contains(first.Id) && v.Entities.Contains("K009"));
        Assert.Contains(conflicts, v => v.Rule == "H9" && v.Entities.Contains(first.Id) && v.Entities.Contains("K009"));
        var message = new PinConflictException(conflicts).Message;
        Assert.StartsWith("the pinned classes cannot all be kept: ", message, StringComparison.Ordinal);
        Assert.Contains($"trainer {first.Trainer}", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pin_enrolling_more_trainees_than_the_order_has_is_a_conflict()
    {
        var pin = TinyPlan.Classes[0];
        var order = Tiny.Orders.Single(o => o.Id == pin.Enrollments[0].Order);
        var greedy = pin with { Enrollments = [new Enrollment(order.Id, order.Trainees + 1)] };

        var conflicts = PinConflicts.Find(Tiny with { Pinned = [greedy] });

        Assert.Contains(conflicts, v => v.Rule is "H10" or "H5" && v.Entities.Contains(order.Id));
    }
}
