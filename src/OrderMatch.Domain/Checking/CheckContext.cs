using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

/// <summary>The scenario, the plan under check, its resolvable classes, and the violations found so far.</summary>
internal sealed class CheckContext
{
    private readonly List<Violation> _violations = [];

    public CheckContext(Scenario scenario, Plan plan)
    {
        Scenario = scenario;
        Plan = plan;
        Index = new ScenarioIndex(scenario);
        Calendar = new ScenarioCalendar(scenario.Horizon);
        var resolved = new List<ResolvedClass>(plan.Classes.Count);
        for (var i = 0; i < plan.Classes.Count; i++)
        {
            if (ResolvedClass.TryResolve(Index, plan.Classes[i], i) is { } one)
            {
                resolved.Add(one);
            }
        }

        Classes = resolved;
    }

    public Scenario Scenario { get; }

    public Plan Plan { get; }

    public ScenarioIndex Index { get; }

    public ScenarioCalendar Calendar { get; }

    /// <summary>Classes whose course, institution, trainer and room exist; the rules after H1 look only at these.</summary>
    public IReadOnlyList<ResolvedClass> Classes { get; }

    public IReadOnlyList<Violation> Violations => _violations;

    public void Report(string rule, string message, params string[] entities) =>
        _violations.Add(new Violation(rule, message, entities.Distinct(StringComparer.Ordinal).ToList()));
}
