using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Tests.Optimizer;

public class TinyOptimumTests
{
    private static Scenario Tiny() => FormatJson.DeserializeScenario(File.ReadAllText(TestData.TinyScenarioPath));

    /// <summary>
    /// The optimum of the worked example, argued by hand from the data (independent of the optimizer):
    /// O004 (E003, region R03, local subsidy) has no CARE-1 institution in R03 → unserved (10 × 5 × 10,000).
    /// O005 needs 4 sessions at 2 a week inside the six days 19–24 Jan → cannot fit → unserved (3 × 1 × 10,000).
    /// O002 (subsidised, R02 local) can only go to I002, whose one class at a time (maxConcurrentClasses 1) must run
    /// in weeks 2–4; base B01 is closed in week 4, so it uses I002's own 8-seat workshop, with trainer T003 —
    /// no room holds O001 too (18 > 16), and O001 cannot add 2 (minChunk 4).
    /// O001 (12) goes to I001, which has no workshop: the cheapest fitting shared room is B01-C1 (12 seats, 150 a
    /// session), weeks 1–3 without Wednesday (the closed 14 Jan would push a session into B01's closed week), trainer T001.
    /// O003 (8) goes to I001's own classroom on Fri-PM and Sat-PM from week 2 (T002 is away in week 1), trainer T002.
    /// </summary>
    private static List<PlanClass> HandOptimum(Scenario scenario)
    {
        var calendar = new ScenarioCalendar(scenario.Horizon);
        PlanClass Class(string id, string course, string institution, string trainer, string room, int week, string[] pattern, int sessions, params Enrollment[] enrollments) =>
            new()
            {
                Id = id, Course = course, Institution = institution, Trainer = trainer, Room = room, StartWeek = week, Pattern = pattern,
                Sessions = calendar.Sessions(week, pattern, sessions)!, Enrollments = enrollments,
            };
        return
        [
            Class("A", "WELD-2", "I001", "T001", "B01-C1", 1, ["Mon-AM", "Tue-AM"], 6, new Enrollment("O001", 12)),
            Class("B", "WELD-2", "I002", "T003", "I002-W1", 2, ["Mon-AM", "Tue-AM"], 6, new Enrollment("O002", 6)),
            Class("C", "CARE-1", "I001", "T002", "I001-C1", 2, ["Fri-PM", "Sat-PM"], 4, new Enrollment("O003", 8)),
        ];
    }

    [Fact]
    public void The_cap_on_sliced_models_leaves_the_exact_model_whole()
    {
        var scenario = Tiny();

        var exact = PlanOptimizer.Solve(scenario, new SolveOptions { TimeLimitSeconds = 60 }).Plan;
        var capped = PlanOptimizer.Solve(scenario, new SolveOptions { TimeLimitSeconds = 60, MaxMipCandidates = 1 }).Plan;

        Assert.Equal(SolverStatus.Optimal, capped.Solver!.Status);
        Assert.Equal(exact.Objective.Total, capped.Objective.Total, 2);
    }

    [Fact]
    public void Tiny_example_is_solved_to_its_proven_optimum()
    {
        var scenario = Tiny();
        var index = new ScenarioIndex(scenario);
        var hand = HandOptimum(scenario);
        List<Unassigned> handUnassigned = [new() { Order = "O004", Trainees = 10 }, new() { Order = "O005", Trainees = 3 }];
        var expected = PlanEvaluator.Rounded(PlanEvaluator.Objective(index, hand, handUnassigned)).Total;
        var handPlan = new Plan { Scenario = "tiny", Classes = hand, Unassigned = handUnassigned, Objective = PlanEvaluator.Rounded(PlanEvaluator.Objective(index, hand, handUnassigned)) };
        Assert.True(PlanChecker.Check(scenario, handPlan).IsValid, "the hand-made optimum must itself be valid");

        var plan = PlanOptimizer.Solve(scenario, new SolveOptions { TimeLimitSeconds = 60 }).Plan;

        Assert.Equal(expected, plan.Objective.Total, 2);
        Assert.Equal(SolverStatus.Optimal, plan.Solver!.Status);
        Assert.Equal(plan.Objective.Total, plan.Solver.Bound!.Value, 2);
        var report = PlanChecker.Check(scenario, plan);
        Assert.True(report.Passes, string.Join("; ", report.Violations.Select(v => v.Message).Concat(report.ObjectiveMismatches)));
    }

    /// <summary>Every relaxation behind the bound, whole classes included, stays at or below the hand-made optimum.</summary>
    [Fact]
    public void The_bound_before_the_search_does_not_pass_the_optimum()
    {
        var scenario = Tiny();
        var index = new ScenarioIndex(scenario);
        var calendar = new ScenarioCalendar(scenario.Horizon);
        List<Unassigned> handUnassigned = [new() { Order = "O004", Trainees = 10 }, new() { Order = "O005", Trainees = 3 }];
        var optimum = PlanEvaluator.Objective(index, HandOptimum(scenario), handUnassigned).Total;
        var eligibility = EligibilityAnalyzer.Analyze(index);
        List<DemandItem> demand = [.. scenario.Orders.Select(o => new DemandItem(eligibility[o.Id], o.Trainees)).Where(d => d.Eligibility.Blockers.Count == 0)];
        List<CourseSpace> spaces = [.. demand.GroupBy(d => d.Eligibility.Course.Id).Select(g => new CourseSpace(index.Courses[g.Key], [.. g], calendar, index))];
        var ceilings = new ClassCeilings();
        var unreachable = PoolReach.Unreachable(spaces, ceilings);

        var classes = ClassColumnBound.Of(index, calendar, spaces, unreachable, [], 30, CancellationToken.None)?.Bound;
        var (bound, capacity) = LowerBound.WithCapacity(index, calendar, [], demand, new Dictionary<string, int>(), unreachable, ceilings, spaces,
            30, CancellationToken.None);

        Assert.NotNull(classes);
        Assert.NotNull(capacity);
        Assert.InRange(bound, 0, optimum + 1e-6);
    }

    [Fact]
    public void Tiny_example_explains_each_unserved_order()
    {
        var plan = PlanOptimizer.Solve(Tiny(), new SolveOptions { TimeLimitSeconds = 60 }).Plan;

        var o004 = Assert.Single(plan.Unassigned, u => u.Order == "O004");
        Assert.Equal(10, o004.Trainees);
        Assert.Contains(o004.Reasons, r => r.Code == ReasonCode.SubsidyScope);
        var o005 = Assert.Single(plan.Unassigned, u => u.Order == "O005");
        Assert.Contains(o005.Reasons, r => r.Code == ReasonCode.Window);
        Assert.Equal(2, plan.Unassigned.Count);
    }

    [Fact]
    public void Same_scenario_and_seed_give_the_same_plan()
    {
        var first = FormatJson.Serialize(PlanOptimizer.Solve(Tiny(), new SolveOptions { TimeLimitSeconds = 60, Seed = 3 }).Plan with { Solver = null });
        var second = FormatJson.Serialize(PlanOptimizer.Solve(Tiny(), new SolveOptions { TimeLimitSeconds = 60, Seed = 3 }).Plan with { Solver = null });

        Assert.Equal(first, second);
    }
}
