using OrderMatch.Domain.Checking;

namespace OrderMatch.Domain.Tests.Checking;

/// <summary>H10–H15, each broken by one minimal edit of the valid tiny plan or its scenario.</summary>
public class OrderRuleTests
{
    [Fact]
    public void H10_trainees_that_are_neither_enrolled_nor_unassigned_are_rejected()
    {
        var plan = Tiny.Plan().WithUnassigned("O005", 2);

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H10"));

        Assert.Equal("order O005 has 3 trainees but the plan enrolls 0 and lists 2 as unassigned", violation.Message);
    }

    [Fact]
    public void H10_order_missing_from_the_plan_counts_as_all_missing()
    {
        var valid = Tiny.Plan();
        var plan = valid with { Unassigned = [.. valid.Unassigned.Where(u => u.Order != "O004")] };

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H10"));

        Assert.Equal(["O004"], violation.Entities);
    }

    [Fact]
    public void H10_trainees_enrolled_in_a_class_of_another_course_are_rejected()
    {
        // 4 of O001's 12 (WELD-2) move from K001 into the CARE-1 class K003; every count still adds up.
        var plan = Tiny.Plan()
            .WithClass("K001", c => c with { Enrollments = [new("O001", 8)] })
            .WithClass("K003", c => c with { Enrollments = [new("O003", 8), new("O001", 4)] });

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H10"));

        Assert.Equal("class K003 teaches CARE-1 but enrolls trainees of order O001, which orders WELD-2", violation.Message);
    }

    [Fact]
    public void H11_unsplittable_order_partly_enrolled_is_rejected()
    {
        var plan = Tiny.Plan()
            .WithClass("K002", c => c with { Enrollments = [new("O002", 4)] })
            .WithUnassigned("O002", 2);

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H11"));

        Assert.Equal("order O002 may not be split but has 4 in K002 of its 6 trainees", violation.Message);
    }

    [Fact]
    public void H11_enrollment_below_min_chunk_is_rejected()
    {
        // O001 has minChunk 4; 9 + 3 still fills the class and the order, so only the chunk rule breaks.
        var plan = Tiny.Plan().WithClass("K001", c => c with { Enrollments = [new("O001", 9), new("O001", 3)] });

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H11"));

        Assert.Equal("class K001 enrolls 3 trainees of order O001, below its minChunk 4", violation.Message);
    }

    [Fact]
    public void H12_venue_beyond_the_order_travel_limit_is_rejected()
    {
        var scenario = Tiny.Scenario().WithOrder("O003", o => o with { MaxTravelKm = 4 });

        var violation = Assert.Single(Tiny.AssertOnly(PlanChecker.Check(scenario, Tiny.Plan()), "H12"));

        Assert.Equal("enterprise E001 of order O003 is 4.575 km from I001 (class K003), beyond the order's 4.0 km", violation.Message);
    }

    [Fact]
    public void H12_venue_beyond_the_trainer_travel_limit_is_rejected()
    {
        var scenario = Tiny.Scenario() with
        {
            Trainers = [.. Tiny.Scenario().Trainers.Select(t => t.Id == "T001" ? t with { MaxTravelKm = 5 } : t)],
        };

        var violation = Assert.Single(Tiny.AssertOnly(PlanChecker.Check(scenario, Tiny.Plan()), "H12"));

        Assert.StartsWith("trainer T001 is 6.203 km from B01 (room B01-C1, class K001)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void H13_price_above_the_order_cap_is_rejected()
    {
        var scenario = Tiny.Scenario().WithOrder("O002", o => o with { MaxPricePerTrainee = 1000 });

        var violation = Assert.Single(Tiny.AssertOnly(PlanChecker.Check(scenario, Tiny.Plan()), "H13"));

        Assert.Equal("institution I002 charges 1500.00 for WELD-2 (class K002), above order O002's cap 1000.00", violation.Message);
    }

    [Fact]
    public void H14_institution_not_approved_for_the_enterprise_region_is_rejected()
    {
        var scenario = Tiny.Scenario().WithInstitution("I002", i => i with { ApprovedRegions = ["R01"] });

        var violation = Assert.Single(Tiny.AssertOnly(PlanChecker.Check(scenario, Tiny.Plan()), "H14"));

        Assert.Equal("institution I002 is not approved for region R02 of order O002 (class K002)", violation.Message);
    }

    [Fact]
    public void H15_subsidised_order_outside_the_local_scope_is_rejected()
    {
        var scenario = Tiny.Scenario().WithInstitution("I002", i => i with { Region = "R01" });

        var violation = Assert.Single(Tiny.AssertOnly(PlanChecker.Check(scenario, Tiny.Plan()), "H15"));

        Assert.Equal("order O002 requires the subsidy but institution I002 (region R01) is outside the local scope of region R02 (class K002)",
            violation.Message);
    }
}
