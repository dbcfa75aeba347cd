using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Tests.Optimizer.Builders;

/// <summary>
/// Two courses that compete for one trainer. Course C1 (order O1, 12 trainees) weighs more than course C2 (order O2, 10
/// trainees, priority 1), so a sliced run plans C1 first; both orders allow only Monday mornings. T1, at 0 km, is the
/// only trainer qualified for C2; C1 could as well be taught by T2, who lives 40 km away. Institution I1 has a second
/// room, so only the trainer is contested.
/// </summary>
internal static class CompetingCourses
{
    private const string OtherOccupation = "OCC2";

    public static Scenario Scenario() => ScenarioBuilder.Minimal()
        .Course("C2", c => c with { Occupation = OtherOccupation })
        .Institution("I1", i => i with { Offers = [.. i.Offers, new Offer("C2", 100)], Rooms = [.. i.Rooms, ScenarioBuilder.Room("I1-R2", 20)] })
        .Trainer("T1", t => t with { Qualifications = [.. t.Qualifications, new Qualification(OtherOccupation, 5)] })
        .Trainer("T2", km: 40)
        .Order("O1", 12, o => o with { AllowedSlots = ["Mon-AM"] })
        .Order("O2", 10, o => o with { Course = "C2", Priority = 1, AllowedSlots = ["Mon-AM"] })
        .Build();
}
