using OrderMatch.Domain.Model;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// One plan of the re-planning experiment: how long it took, whether it passes the checker on the scenario it was made
/// for (<see cref="CheckNote"/> says what failed), and how many classes of the plan in force it keeps — by the change
/// penalty's rule and under any id.
/// </summary>
public sealed record ReplanRun(string Name, Plan Plan, double Seconds, bool Checks, string CheckNote, int Kept, int KeptUnderAnyId)
{
    /// <summary>The objective less its change penalty: what the plan costs in itself.</summary>
    public double ObjectiveWithoutChanges => Plan.Objective.Total - Plan.Objective.Components.Changes;
}
