using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// The search generates candidates without recording diagnostics, and then keeps each combination's outcome from one
/// widening step to the next instead of working it out again. What it gets must be what the construction gets.
/// </summary>
public class CandidateRecordingTests
{
    [Fact]
    public void A_pruned_space_yields_the_same_candidates_with_or_without_diagnostics()
    {
        var (scenario, _, calendar, all) = Spaces(2);
        var spaces = all
            .OrderByDescending(s => s.ExhaustiveSize(calendar.Horizon.Weeks))
            .Take(2)
            .ToList();
        var generator = new CandidateGenerator(calendar, scenario.Policy);
        // Bookings that rule some candidates out, so that admission is part of what must agree.
        var ledger = new ResourceLedger(calendar);
        foreach (var k in generator.Generate(spaces, new ResourceLedger(calendar), 2000, diagnostics: null).Candidates.Where((_, i) => i % 9 == 0).Take(25))
        {
            ledger.Book(k);
        }

        // The budget a run gives each model, far below these two courses' exhaustive size.
        const long budget = 6000;
        var diagnostics = new Dictionary<string, OrderDiagnostics>(StringComparer.Ordinal);

        var recorded = generator.Generate(spaces, ledger, budget, diagnostics);
        var silent = generator.Generate(spaces, ledger, budget, diagnostics: null);

        Assert.True(spaces.Sum(s => s.ExhaustiveSize(calendar.Horizon.Weeks)) > budget * 10);
        Assert.False(recorded.Exhaustive);
        Assert.NotEmpty(recorded.Candidates);
        Assert.Contains(diagnostics.Values, d => d.BlockedByBookings > 0);
        Assert.Equal(Describe(recorded.Candidates), Describe(silent.Candidates));
    }

    [Fact]
    public void A_space_made_with_some_of_its_orders_yields_what_a_new_space_over_them_yields()
    {
        var (scenario, index, calendar, spaces) = Spaces(3);
        var whole = spaces.OrderByDescending(s => s.Orders.Count).First();
        // Every other order, with fewer trainees: what a plan leaves of a course's demand.
        List<DemandItem> part = [.. whole.Orders.Where((_, i) => i % 2 == 0).Select(o => o with { Trainees = Math.Max(1, o.Trainees - 3) })];
        var generator = new CandidateGenerator(calendar, scenario.Policy);

        var shared = whole.With(part);
        var fresh = new CourseSpace(whole.Course, part, calendar, index);

        Assert.True(part.Count >= 3);
        Assert.True(shared.Sites.Count < whole.Sites.Count || shared.SiteOrders.Sum(o => o.Count) < whole.SiteOrders.Sum(o => o.Count));
        Assert.Equal(fresh.Sites.Select(s => s.Key), shared.Sites.Select(s => s.Key));
        var freshCandidates = generator.Generate([fresh], new ResourceLedger(calendar), 6000, diagnostics: null).Candidates;
        Assert.NotEmpty(freshCandidates);
        Assert.Equal(Describe(freshCandidates), Describe(generator.Generate([shared], new ResourceLedger(calendar), 6000, diagnostics: null).Candidates));
    }

    [Fact]
    public void A_space_made_with_some_orders_of_a_space_so_made_yields_what_a_new_space_over_them_yields()
    {
        var (scenario, index, calendar, spaces) = Spaces(3);
        var whole = spaces.OrderByDescending(s => s.Orders.Count).First();
        // The first orders left out, so every order sits at another position in the part than in the whole.
        var part = whole.With([.. whole.Orders.Skip(3)]);
        List<DemandItem> orders = [.. part.Orders.Where((_, i) => i % 2 == 1)];
        var generator = new CandidateGenerator(calendar, scenario.Policy);

        var shared = part.With(orders);
        var fresh = new CourseSpace(whole.Course, orders, calendar, index);

        Assert.True(orders.Count >= 3);
        Assert.Equal(fresh.Fits.Select(Bits), shared.Fits.Select(Bits));
        var freshCandidates = generator.Generate([fresh], new ResourceLedger(calendar), 6000, diagnostics: null).Candidates;
        Assert.NotEmpty(freshCandidates);
        Assert.Equal(Describe(freshCandidates), Describe(generator.Generate([shared], new ResourceLedger(calendar), 6000, diagnostics: null).Candidates));
    }

    /// <summary>A generated tier S scenario's course spaces, one per course, over the orders no eligibility rule blocks.</summary>
    private static (Scenario Scenario, ScenarioIndex Index, ScenarioCalendar Calendar, List<CourseSpace> Spaces) Spaces(int seed)
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, seed);
        var index = new ScenarioIndex(scenario);
        var calendar = new ScenarioCalendar(scenario.Horizon);
        var eligibility = EligibilityAnalyzer.Analyze(index);
        List<CourseSpace> spaces = [.. scenario.Orders
            .Select(o => new DemandItem(eligibility[o.Id], o.Trainees))
            .Where(d => d.Eligibility.Blockers.Count == 0)
            .GroupBy(d => d.Eligibility.Course.Id, StringComparer.Ordinal)
            .Select(g => new CourseSpace(index.Courses[g.Key], [.. g], calendar, index))];
        return (scenario, index, calendar, spaces);
    }

    private static string Bits(bool[,] fits) => string.Concat(fits.Cast<bool>().Select(b => b ? '1' : '0'));

    private static List<string> Describe(IEnumerable<CandidateClass> candidates) =>
        [.. candidates.Select(k => $"{k.Describe()} {k.FixedCost:F4} {k.Capacity} {string.Join(',', k.Orders.Select(o => $"{o.Order}:{o.PerTrainee:F4}"))}")];
}
