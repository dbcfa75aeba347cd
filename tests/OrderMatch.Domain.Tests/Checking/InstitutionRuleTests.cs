using OrderMatch.Domain.Checking;

namespace OrderMatch.Domain.Tests.Checking;

/// <summary>H16–H17 on the valid tiny plan.</summary>
public class InstitutionRuleTests
{
    [Fact]
    public void H16_too_many_classes_of_an_institution_in_one_week_are_rejected()
    {
        var scenario = Tiny.Scenario().WithInstitution("I001", i => i with { MaxConcurrentClasses = 1 });

        var violations = Tiny.AssertOnly(PlanChecker.Check(scenario, Tiny.Plan()), "H16");

        Assert.Equal(
            ["institution I001 runs 2 classes in week 2 (max 1): K001 and K003", "institution I001 runs 2 classes in week 3 (max 1): K001 and K003"],
            violations.Select(v => v.Message));
    }

    [Fact]
    public void H17_pinned_class_with_another_trainer_is_rejected()
    {
        var plan = Tiny.Plan();
        var scenario = Tiny.Scenario() with { Pinned = [plan.Classes[2] with { Trainer = "T004" }] };

        var violation = Assert.Single(Tiny.AssertOnly(PlanChecker.Check(scenario, plan), "H17"));

        Assert.Equal("pinned class K003 was changed: trainer T002 instead of T004", violation.Message);
    }

    [Fact]
    public void H17_pinned_classes_kept_as_given_pass_whatever_the_enrollment_order()
    {
        var plan = Tiny.Plan().WithClass("K001", c => c with { Enrollments = [new("O001", 8), new("O001", 4)] });
        var pinned = plan.Classes[0] with { Enrollments = [new("O001", 4), new("O001", 8)], Sessions = [] };
        var scenario = Tiny.Scenario() with { Pinned = [pinned, plan.Classes[1], plan.Classes[2]] };

        Assert.DoesNotContain("H17", Tiny.Rules(PlanChecker.Check(scenario, plan)));
    }

    [Fact]
    public void H17_missing_pinned_class_is_rejected()
    {
        var plan = Tiny.Plan();
        var scenario = Tiny.Scenario() with { Pinned = [plan.Classes[0] with { Id = "K100" }] };

        var violation = Assert.Single(Tiny.AssertOnly(PlanChecker.Check(scenario, plan), "H17"));

        Assert.Equal("pinned class K100 is missing from the plan", violation.Message);
    }
}
