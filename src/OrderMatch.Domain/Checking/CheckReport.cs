using System.Globalization;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

/// <summary>What <see cref="PlanChecker"/> found: broken hard rules, and the objective and KPIs recomputed from the plan.</summary>
public sealed record CheckReport(
    IReadOnlyList<Violation> Violations,
    ObjectiveComponents Recomputed,
    double RecomputedTotal,
    Kpis Kpis,
    bool ObjectiveMatches,
    IReadOnlyList<string> ObjectiveMismatches)
{
    public bool IsValid => Violations.Count == 0;

    public bool Passes => IsValid && ObjectiveMatches;

    /// <summary>Violations grouped by rule id, in numeric order H1, H2, … H17.</summary>
    public IEnumerable<IGrouping<string, Violation>> ByRule() =>
        Violations.GroupBy(v => v.Rule, StringComparer.Ordinal).OrderBy(g => RuleNumber(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal);

    private static int RuleNumber(string rule) =>
        rule.Length > 1 && rule[0] == 'H' && int.TryParse(rule.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : int.MaxValue;
}
