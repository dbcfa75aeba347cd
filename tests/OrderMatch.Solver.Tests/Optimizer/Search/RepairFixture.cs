using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// A built scenario's one course as the search sees it: its space, candidates on an empty ledger, and a plan made of
/// one of those candidates with chosen enrollments.
/// </summary>
internal sealed class RepairFixture
{
    private const long Budget = 6000;

    public RepairFixture(Scenario scenario)
    {
        Scenario = scenario;
        Index = new ScenarioIndex(scenario);
        Calendar = new ScenarioCalendar(scenario.Horizon);
        var eligibility = EligibilityAnalyzer.Analyze(Index);
        var demand = scenario.Orders.Select(o => new DemandItem(eligibility[o.Id], o.Trainees)).ToList();
        Space = new CourseSpace(Index.Courses["C1"], demand, Calendar, Index);
        Generator = new CandidateGenerator(Calendar, scenario.Policy);
        Candidates = Generator.Generate([Space], new ResourceLedger(Calendar), Budget, new Dictionary<string, OrderDiagnostics>()).Candidates;
    }

    public Scenario Scenario { get; }
    public ScenarioIndex Index { get; }
    public ScenarioCalendar Calendar { get; }
    public CourseSpace Space { get; }
    public CandidateGenerator Generator { get; }
    public IReadOnlyList<CandidateClass> Candidates { get; }

    public UnservedRepair Repair() => new([Space], Generator, [], Calendar, Scenario.Policy, Budget);

    /// <summary>The neighbourhood search over the course, with <paramref name="options"/> (the defaults if none), on one thread.</summary>
    public NeighbourhoodSearch Search(SolveOptions? options = null) =>
        new(Index, [Space], Generator, [], Calendar, Scenario.Policy, [], options ?? new SolveOptions(), new CpuPace(1));

    /// <summary>The first candidate <paramref name="order"/> may join, opened with the given enrollments.</summary>
    public ChosenClass Open(string order, params (string Order, int Trainees)[] enrollments)
    {
        var ids = Space.Orders.Select(o => o.OrderId).ToList();
        var k = Candidates.First(c => c.Orders.Any(x => ids[x.Order] == order));
        return new ChosenClass(k, ids, enrollments);
    }

    public double PerTrainee(ChosenClass chosen, string order) =>
        chosen.Class.Orders.Single(x => chosen.SliceOrders[x.Order] == order).PerTrainee;

    public ResourceLedger Booked(IEnumerable<ChosenClass> plan)
    {
        var ledger = new ResourceLedger(Calendar);
        foreach (var chosen in plan)
        {
            ledger.Book(chosen.Class);
        }

        return ledger;
    }
}
