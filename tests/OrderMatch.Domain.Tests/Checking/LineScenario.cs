using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Checking;

/// <summary>
/// A hand-made scenario with every place on the meridian 0°E, so distances are multiples of <see cref="Km"/>(0.1°):
/// institution I1 at 0.0°N, base B1 at 0.1°N, trainer T1 at 0.2°N, enterprise E1 (region R2) at 0.3°N, E2 at 0.0°N.
/// The plan: K1 in base room B1-L (fee 50) with 3 of O1 and 1 of O2; K2 in I1's own room with 2 of O2; 1 of O2 unassigned.
/// The previous plan had K1 as it is and K2 in another room.
/// </summary>
internal static class LineScenario
{
    /// <summary>Arc length of <paramref name="degrees"/> of latitude, computed independently of the haversine.</summary>
    public static double Km(double degrees) => 6371.0 * degrees * Math.PI / 180.0;

    public static Scenario Scenario() => new()
    {
        Name = "line",
        Horizon = new Horizon
        {
            StartDate = new DateOnly(2026, 1, 5), Weeks = 2, Days = [Weekday.Mon, Weekday.Tue, Weekday.Wed, Weekday.Thu, Weekday.Fri],
            Periods = ["AM", "PM"],
        },
        Regions = [new Region { Id = "R1", Name = "r1", SubsidyScope = SubsidyScope.Any }, new Region { Id = "R2", Name = "r2", SubsidyScope = SubsidyScope.Any }],
        Courses =
        [
            new Course
            {
                Id = "C1", Occupation = "X", OccupationName = "x", Level = 1, Sessions = 2, SessionsPerWeek = 1, MinSize = 1, MaxSize = 10, RoomType = "lab",
            },
        ],
        Institutions =
        [
            new Institution
            {
                Id = "I1", Name = "i1", Region = "R1", Location = new(0.0, 0), Email = "i1@example.org", Grade = Grade.Good, CreditStars = 4,
                ApprovedRegions = ["*"], Offers = [new Offer("C1", 100)], MaxConcurrentClasses = 5,
                Rooms = [new Room { Id = "I1-L", Types = ["lab"], Capacity = 10 }],
            },
        ],
        Trainers =
        [
            new Trainer
            {
                Id = "T1", Name = "t1", Institution = "I1", Location = new(0.2, 0), Qualifications = [new Qualification("X", 1)],
                MaxSessionsPerWeek = 5, MaxTravelKm = 100,
            },
        ],
        Bases =
        [
            new TrainingBase
            {
                Id = "B1", Name = "b1", Region = "R1", Location = new(0.1, 0),
                Rooms = [new Room { Id = "B1-L", Types = ["lab"], Capacity = 10, FeePerSession = 50 }],
            },
        ],
        Enterprises =
        [
            new Enterprise { Id = "E1", Name = "e1", Region = "R2", Location = new(0.3, 0), Size = EnterpriseSize.Small },
            new Enterprise { Id = "E2", Name = "e2", Region = "R1", Location = new(0.0, 0), Size = EnterpriseSize.Micro },
        ],
        Orders =
        [
            Order("O1", "E1", trainees: 3, priority: 2),
            Order("O2", "E2", trainees: 4, priority: 5),
        ],
        Policy = new Policy
        {
            UnservedTraineePenalty = 1000, TraineeTravelCostPerKm = 0.5, TrainerTravelCostPerKm = 1.0, ClassOpeningCost = 300,
            GradePenaltyPerTrainee = new GradePenalties(0, 20, 70), ChangePenalty = 700,
        },
        PreviousPlan = new PreviousPlan { Classes = [K1(), K2() with { Room = "B1-L" }] },
    };

    public static PlanClass K1() => new()
    {
        Id = "K1", Course = "C1", Institution = "I1", Trainer = "T1", Room = "B1-L", StartWeek = 1, Pattern = ["Mon-AM"],
        Sessions = Tiny.Sessions("2026-01-05 AM", "2026-01-12 AM"), Enrollments = [new("O1", 3), new("O2", 1)],
    };

    public static PlanClass K2() => new()
    {
        Id = "K2", Course = "C1", Institution = "I1", Trainer = "T1", Room = "I1-L", StartWeek = 1, Pattern = ["Tue-AM"],
        Sessions = Tiny.Sessions("2026-01-06 AM", "2026-01-13 AM"), Enrollments = [new("O2", 2)],
    };

    public static IReadOnlyList<PlanClass> Classes() => [K1(), K2()];

    public static IReadOnlyList<Unassigned> Unassigned() => [new Unassigned { Order = "O2", Trainees = 1 }];

    private static TrainingOrder Order(string id, string enterprise, int trainees, int priority) => new()
    {
        Id = id, Enterprise = enterprise, Course = "C1", Trainees = trainees, Priority = priority,
        EarliestStart = new DateOnly(2026, 1, 5), Deadline = new DateOnly(2026, 1, 16),
    };
}
