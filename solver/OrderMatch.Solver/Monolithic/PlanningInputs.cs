using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Monolithic;

/// <summary>
/// What every planner starts from: the scenario's index and calendar, each order's static eligibility, the pinned
/// classes (with sessions) booked in a resource ledger, and the demand left after pins, grouped by course.
/// </summary>
internal sealed class PlanningInputs
{
    public PlanningInputs(Scenario scenario)
    {
        Scenario = scenario;
        Index = new ScenarioIndex(scenario);
        Calendar = new ScenarioCalendar(scenario.Horizon);
        Eligibility = EligibilityAnalyzer.Analyze(Index);
        Ledger = new ResourceLedger(Calendar);
        var pinnedTrainees = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pin in scenario.Pinned)
        {
            var withSessions = pin.Sessions.Count > 0 || !Index.Courses.TryGetValue(pin.Course, out var course)
                ? pin
                : pin with { Sessions = Calendar.Sessions(pin.StartWeek, pin.Pattern.Select(Slot.Parse), course.Sessions) ?? [] };
            Pinned.Add(withSessions);
            Ledger.Book(withSessions.Institution, withSessions.Trainer, withSessions.Room, withSessions.Sessions);
            foreach (var enrollment in withSessions.Enrollments)
            {
                pinnedTrainees[enrollment.Order] = pinnedTrainees.GetValueOrDefault(enrollment.Order) + enrollment.Trainees;
            }
        }

        PinnedTrainees = pinnedTrainees;
        var demand = scenario.Orders
            .Select(o => new DemandItem(Eligibility[o.Id], Math.Max(0, o.Trainees - pinnedTrainees.GetValueOrDefault(o.Id))))
            .Where(d => d.Trainees > 0 && d.Eligibility.Blockers.Count == 0)
            .ToList();
        Spaces = [.. demand.GroupBy(d => d.Eligibility.Course.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CourseSpace(Index.Courses[g.Key], [.. g], Calendar, Index))];
        Orders = [.. Spaces.SelectMany(s => s.Orders)];
    }

    public Scenario Scenario { get; }

    public ScenarioIndex Index { get; }

    public ScenarioCalendar Calendar { get; }

    public IReadOnlyDictionary<string, OrderEligibility> Eligibility { get; }

    public ResourceLedger Ledger { get; }

    public List<PlanClass> Pinned { get; } = [];

    public IReadOnlyDictionary<string, int> PinnedTrainees { get; }

    /// <summary>Course spaces in course-id order; a candidate's order indices count through them in this order.</summary>
    public IReadOnlyList<CourseSpace> Spaces { get; }

    /// <summary>The demand of all spaces, concatenated.</summary>
    public IReadOnlyList<DemandItem> Orders { get; }

    /// <summary>Assembles a plan: pinned classes first, then <paramref name="classes"/>; unassigned trainees get <paramref name="reason"/> unless their order is statically blocked.</summary>
    public Plan Assemble(IReadOnlyList<PlanClass> classes, SolverInfo solver, Func<TrainingOrder, Reason> reason)
    {
        var all = new List<PlanClass>(Pinned);
        all.AddRange(classes);
        var unassigned = MissingTrainees.Of(Scenario, all)
            .Select(m => new Unassigned
            {
                Order = m.Order.Id,
                Trainees = m.Missing,
                Reasons = Eligibility[m.Order.Id].Blockers is { Count: > 0 } blockers ? blockers : [reason(m.Order)],
            })
            .ToList();

        var exact = PlanEvaluator.Objective(Index, all, unassigned);
        return new Plan
        {
            Scenario = Scenario.Name,
            Classes = all,
            Unassigned = unassigned,
            Objective = PlanEvaluator.Rounded(exact),
            Kpis = PlanEvaluator.Kpis(Index, all),
            Solver = solver,
        };
    }

    /// <summary>A plan class from a candidate, with the pattern in chronological order.</summary>
    public PlanClass ToPlanClass(string id, CandidateClass k, IEnumerable<Enrollment> enrollments)
    {
        var pattern = k.Pattern.ToList();
        pattern.Sort(Calendar.CompareSlots);
        return new PlanClass
        {
            Id = id,
            Course = k.Course.Id,
            Institution = k.Site.Institution.Id,
            Trainer = k.Trainer.Id,
            Room = k.Site.Room.Room.Id,
            StartWeek = k.StartWeek,
            Pattern = [.. pattern.Select(s => s.ToString())],
            Sessions = k.Sessions,
            Enrollments = [.. enrollments],
        };
    }

    /// <summary>Class ids K0001, K0002, … skipping those of pinned and previous classes.</summary>
    public IEnumerable<string> FreshClassIds()
    {
        var used = new HashSet<string>(Pinned.Select(p => p.Id), StringComparer.Ordinal);
        used.UnionWith((Scenario.PreviousPlan?.Classes ?? []).Select(p => p.Id));
        for (var next = 1; ; next++)
        {
            var id = $"K{next:D4}";
            if (!used.Contains(id))
            {
                yield return id;
            }
        }
    }
}
