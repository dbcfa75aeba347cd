using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// The fewest changes to the plan in force a valid re-plan needs, established by the checker rather than assumed. The
/// plan that keeps every previous class exactly as it is (with its enrollments) and opens nothing else is built and
/// checked against the scenario. While it breaks rules, previous classes named by them are taken out — every class a
/// violation names alone, otherwise the one named by most violations — and the rest is checked again.
/// <see cref="Changes"/> is how many had to go and <see cref="Witness"/> the plan showing that no more are needed. Zero
/// is exact (no plan changes fewer than none); more is an upper bound (<see cref="Exact"/> is false), as a class might
/// be kept with other enrollments. The witness's unassigned trainees carry no reasons: it proves feasibility, it is no proposal.
/// </summary>
public sealed record ReplanMinimum(int Changes, IReadOnlyList<BlockedClass> Blocked, Plan Witness, CheckReport Check)
{
    public bool Exact => Changes == 0 && Check.IsValid;

    public static ReplanMinimum Establish(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var index = new ScenarioIndex(scenario);
        var classes = (scenario.PreviousPlan?.Classes ?? []).ToList();
        var blocked = new List<BlockedClass>();
        while (true)
        {
            var witness = KeepOnly(index, classes);
            var check = PlanChecker.Check(scenario, witness);
            var position = classes.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var named = check.Violations
                .Select(v => (v.Rule, Classes: v.Entities.Where(position.ContainsKey).Distinct(StringComparer.Ordinal).ToList()))
                .Where(v => v.Classes.Count > 0)
                .ToList();
            if (check.IsValid || named.Count == 0)
            {
                // Violations that name no previous class leave the check failing; the caller reports it.
                return new ReplanMinimum(blocked.Count, blocked, witness, check);
            }

            var alone = named.Where(v => v.Classes.Count == 1).Select(v => v.Classes[0]).ToHashSet(StringComparer.Ordinal);
            var gone = alone.Count > 0
                ? alone
                : [named.SelectMany(v => v.Classes).GroupBy(id => id, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenByDescending(g => position[g.Key]).First().Key];
            blocked.AddRange(gone.OrderBy(id => position[id]).Select(id => new BlockedClass(id,
                [.. named.Where(v => v.Classes.Contains(id)).Select(v => v.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)])));
            classes.RemoveAll(c => gone.Contains(c.Id));
        }
    }

    /// <summary>These classes as they are; every trainee they do not hold is unassigned; priced by <see cref="PlanEvaluator"/>.</summary>
    private static Plan KeepOnly(ScenarioIndex index, IReadOnlyList<PlanClass> classes)
    {
        var enrolled = classes.SelectMany(c => c.Enrollments)
            .GroupBy(e => e.Order, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Trainees), StringComparer.Ordinal);
        var unassigned = index.Scenario.Orders
            .Select(o => new Unassigned { Order = o.Id, Trainees = o.Trainees - enrolled.GetValueOrDefault(o.Id) })
            .Where(u => u.Trainees > 0)
            .ToList();
        return new Plan
        {
            Scenario = index.Scenario.Name,
            Classes = classes,
            Unassigned = unassigned,
            Objective = PlanEvaluator.Rounded(PlanEvaluator.Objective(index, classes, unassigned)),
            Kpis = PlanEvaluator.Kpis(index, classes),
        };
    }
}
