using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;
using OrderMatch.Solver.Tests.Optimizer.Builders;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// The restricted master keeps each order's most valuable candidates and, when asked, its best at every institution,
/// so a re-solve can move a class away from the institution all the cheapest candidates share.
/// </summary>
public class CandidateSelectorTests
{
    private const double Penalty = 10000;

    private static readonly Course Course = new()
    {
        Id = "C1", Occupation = ScenarioBuilder.Occupation, OccupationName = "occupation", Level = 1, Sessions = 2,
        SessionsPerWeek = 1, MinSize = 1, MaxSize = 20, RoomType = ScenarioBuilder.Lab,
    };

    private static readonly Trainer Trainer = new()
    {
        Id = "T1", Name = "T1", Location = Place.Km(0), Qualifications = [new Qualification(ScenarioBuilder.Occupation, 5)],
        MaxSessionsPerWeek = 10, MaxTravelKm = 500,
    };

    private static Institution Institution(string id) => new()
    {
        Id = id, Name = id, Region = "R1", Location = Place.Km(0), Email = "i@example.org", Grade = Grade.Excellent,
        CreditStars = 5, ApprovedRegions = ["*"], Offers = [new Offer("C1", 100)], MaxConcurrentClasses = 1,
        Rooms = [ScenarioBuilder.Room($"{id}-R1", 20)],
    };

    private static CandidateClass Candidate(Institution institution, int startWeek, double fixedCost)
    {
        var room = institution.Rooms[0];
        var k = new CandidateClass
        {
            Course = Course,
            Site = new SiteOption(institution, new RoomSite(room, institution, null), 100),
            Trainer = Trainer,
            StartWeek = startWeek,
            Pattern = [],
            Sessions = [],
            Capacity = 20,
            FixedCost = fixedCost,
            SessionsPerWeek = new Dictionary<int, int> { [startWeek] = 1 },
        };
        k.Orders.Add((0, 100));
        return k;
    }

    private static (List<CandidateClass> All, List<DemandItem> Orders) ThreeCheapAtOneInstitutionOneDearAtAnother()
    {
        var scenario = ScenarioBuilder.Minimal().Order("O1", 10).Build();
        var order = scenario.Orders[0];
        var eligibility = new OrderEligibility(order, Course, scenario.Enterprises[0], [], []);
        var busy = Institution("I1");
        var idle = Institution("I2");
        List<CandidateClass> all = [Candidate(busy, 1, 800), Candidate(busy, 2, 810), Candidate(busy, 3, 820), Candidate(idle, 1, 900)];
        return (all, [new DemandItem(eligibility, 10)]);
    }

    [Fact]
    public void Without_institution_alternatives_an_order_keeps_only_its_cheapest_candidates()
    {
        var (all, orders) = ThreeCheapAtOneInstitutionOneDearAtAnother();

        var kept = CandidateSelector.Restrict(all, orders, SliceSolution.Empty, limit: 3, perOrder: 2, perInstitution: 0, Penalty);

        Assert.Equal([all[0], all[1]], kept);
    }

    [Fact]
    public void With_institution_alternatives_an_order_also_keeps_its_best_at_each_other_institution()
    {
        var (all, orders) = ThreeCheapAtOneInstitutionOneDearAtAnother();

        var kept = CandidateSelector.Restrict(all, orders, SliceSolution.Empty, limit: 3, perOrder: 2, perInstitution: 1, Penalty);

        Assert.Equal([all[0], all[1], all[3]], kept);
    }
}
