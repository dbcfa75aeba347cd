using OrderMatch.Domain.Model;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// The scenario to re-plan: the original one plus the new orders, with the approved plan less its declined classes as
/// <c>previousPlan</c>. The declined classes' trainees are open demand again (their orders are unchanged).
/// </summary>
public sealed record ReplanScenario(Scenario Scenario, IReadOnlyList<TrainingOrder> NewOrders, IReadOnlyList<string> Declined)
{
    public const string NameSuffix = "-replan";

    public static ReplanScenario Build(Scenario original, Plan approved, double newOrdersPercent, double declinesPercent, int seed)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(approved);
        var newOrders = ReplanOrders.Derive(original, newOrdersPercent, seed);
        var declined = ReplanDeclines.Choose(approved.Classes, declinesPercent, seed);
        var gone = declined.ToHashSet(StringComparer.Ordinal);
        var scenario = original with
        {
            Name = original.Name + NameSuffix,
            Orders = [.. original.Orders, .. newOrders],
            PreviousPlan = new PreviousPlan { Classes = [.. approved.Classes.Where(c => !gone.Contains(c.Id))] },
        };
        return new ReplanScenario(scenario, newOrders, declined);
    }

    /// <summary>The same demand without a plan in force: what a from-scratch run solves.</summary>
    public Scenario FromScratch => Scenario with { PreviousPlan = null };

    public IReadOnlyList<PlanClass> Previous => Scenario.PreviousPlan?.Classes ?? [];
}
