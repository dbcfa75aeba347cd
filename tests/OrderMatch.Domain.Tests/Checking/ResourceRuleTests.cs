using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Checking;

/// <summary>H1–H5, each broken by one minimal edit of the valid tiny plan or its scenario.</summary>
public class ResourceRuleTests
{
    [Fact]
    public void H1_unknown_trainer_is_reported_and_the_class_is_skipped_by_other_rules()
    {
        var plan = Tiny.Plan().WithClass("K002", c => c with { Trainer = "T999" });

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H1"));

        Assert.Equal("class K002 refers to unknown trainer T999", violation.Message);
        Assert.Equal(["K002", "T999"], violation.Entities);
    }

    [Fact]
    public void H1_repeated_class_id_is_reported()
    {
        var plan = Tiny.Plan().WithClass("K002", c => c with { Id = "K001" });

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H1"));

        Assert.Equal("class id K001 is used by two classes", violation.Message);
    }

    [Fact]
    public void H1_garbage_references_are_each_reported_without_exceptions()
    {
        var valid = Tiny.Plan();
        var garbage = new PlanClass
        {
            Id = "K999", Course = "NOPE", Institution = "I999", Trainer = "T999", Room = "X-1", StartWeek = -3,
            Pattern = ["Xyz", "Sun-EVE"], Sessions = Tiny.Sessions("1999-01-01 NOON"), Enrollments = [new Enrollment("O999", -2)],
        };
        var plan = valid with
        {
            Classes = [.. valid.Classes, garbage],
            Unassigned = [.. valid.Unassigned, new Unassigned { Order = "O998", Trainees = 1 }],
        };

        var report = Tiny.Check(plan);

        Assert.Equal(6, Tiny.AssertOnly(report, "H1").Count);
        Assert.False(report.ObjectiveMatches);
        Assert.Equal(4 * 800, report.Recomputed.ClassOpening);
    }

    [Fact]
    public void H2_fail_graded_institution_may_not_run_a_class()
    {
        var scenario = Tiny.Scenario().WithInstitution("I002", i => i with { Grade = Grade.Fail });

        var report = PlanChecker.Check(scenario, Tiny.Plan());

        var violation = Assert.Single(Tiny.AssertOnly(report, "H2"));
        Assert.Equal("institution I002 is graded fail and may not run class K002", violation.Message);
    }

    [Fact]
    public void H3_trainer_without_the_occupation_may_not_teach()
    {
        var plan = Tiny.Plan().WithClass("K003", c => c with { Trainer = "T001" });

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H3"));

        Assert.StartsWith("trainer T001 is not qualified for occupation 4-10-01-05 at level 1", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void H4_room_without_the_course_room_type_is_rejected()
    {
        var plan = Tiny.Plan().WithClass("K003", c => c with { Room = "B01-W1" });

        var violation = Assert.Single(Tiny.AssertOnly(Tiny.Check(plan), "H4"));

        Assert.Equal("room B01-W1 is not a classroom (course CARE-1, class K003)", violation.Message);
    }

    [Fact]
    public void H5_class_larger_than_the_course_maximum_is_rejected()
    {
        var scenario = Tiny.Scenario().WithCourse("CARE-1", c => c with { MaxSize = 7 });

        var violation = Assert.Single(Tiny.AssertOnly(PlanChecker.Check(scenario, Tiny.Plan()), "H5"));

        Assert.Equal("class K003 has 8 trainees, outside 5…7 of course CARE-1", violation.Message);
    }
}
