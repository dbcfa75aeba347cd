using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>
/// When the candidates do not fit one model, courses are solved one slice after another (courses of one occupation or
/// room type share a slice, so these use two occupations and two room types); the resources an earlier slice took
/// (H8 a trainer qualified for both, H9 a room equipped for both, H16 the institution) must still bind the later ones.
/// </summary>
public class SlicedRuleTests
{
    /// <summary>Small enough that two courses cannot share one model, large enough for either alone.</summary>
    private const int CandidatesPerSlice = 30;

    private const string OtherOccupation = "OCC2";

    private const string OtherRoomType = "lab2";

    private static (Scenario Scenario, SolveReport Report) SolveSliced(Func<ScenarioBuilder, ScenarioBuilder> shape)
    {
        var built = shape(ScenarioBuilder.Minimal()
                .Course("C2", c => c with { Occupation = OtherOccupation, RoomType = OtherRoomType })
                .Institution("I1", i => i with { Offers = [.. i.Offers, new Offer("C2", 100)] })
                .Institution("I2", i => i with { Offers = [.. i.Offers, new Offer("C2", 100)] }, km: 40)
                .Trainer("T3", institution: "I2", km: 40)
                .Order("O1", 10, o => o with { AllowedSlots = ["Mon-AM"] })
                .Order("O2", 12, o => o with { Course = "C2", AllowedSlots = ["Mon-AM"] }))
            .Build();
        var scenario = built with
        {
            Institutions = [.. built.Institutions.Select(i => i with { Rooms = [.. i.Rooms.Select(r => r with { Types = [ScenarioBuilder.Lab, OtherRoomType] })] })],
            Trainers = [.. built.Trainers.Select(t => t with { Qualifications = [.. t.Qualifications, new Qualification(OtherOccupation, 5)] })],
        };
        // The slices build the plan (no dive over the whole-class LP), each on what the earlier ones booked.
        var report = PlanOptimizer.Solve(scenario, Options with { MaxCandidatesPerModel = CandidatesPerSlice, DiveShare = 0 });
        Assert.Equal(2, report.Slices);
        AssertPasses(scenario, report.Plan);
        Assert.Empty(report.Plan.Unassigned);
        return (scenario, report);
    }

    [Fact]
    public void H16_a_later_slice_respects_the_institution_classes_of_an_earlier_one()
    {
        var (_, report) = SolveSliced(b => b
            .Institution("I1", i => i with { MaxConcurrentClasses = 1, Rooms = [.. i.Rooms, ScenarioBuilder.Room("I1-R2", 20)] })
            .Trainer("T2")
            .Order("O1", 10, o => o with { AllowedSlots = ["Mon-AM", "Tue-AM"] })
            .Order("O2", 12, o => o with { Course = "C2", AllowedSlots = ["Mon-AM", "Tue-AM"] }));

        Assert.Single(report.Plan.Classes, c => c.Institution == "I1");
    }

    [Fact]
    public void H8_a_later_slice_does_not_book_a_trainer_an_earlier_one_took()
    {
        var (_, report) = SolveSliced(b => b
            .Institution("I1", i => i with { Rooms = [.. i.Rooms, ScenarioBuilder.Room("I1-R2", 20)] }));

        Assert.Single(report.Plan.Classes, c => c.Trainer == "T1");
    }

    [Fact]
    public void H9_a_later_slice_does_not_book_a_room_an_earlier_one_took()
    {
        var (_, report) = SolveSliced(b => b.Trainer("T2"));

        Assert.Single(report.Plan.Classes, c => c.Room == "I1-R1");
    }
}
