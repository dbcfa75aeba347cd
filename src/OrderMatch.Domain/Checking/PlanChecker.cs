using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

/// <summary>
/// Checks a plan against its scenario: every hard rule H1–H17 of FORMAT.md, then the reported objective against the one
/// recomputed by <see cref="PlanEvaluator"/>. The scenario is assumed valid; the plan may be anything — unknown ids are
/// H1 violations, and the other rules skip classes whose course, institution, trainer or room is unknown.
/// </summary>
public static partial class PlanChecker
{
    public static CheckReport Check(Scenario scenario, Plan plan)
    {
        var context = new CheckContext(scenario, plan);
        CheckH1ReferencesExist(context);
        CheckH2InstitutionOffersCourse(context);
        CheckH3TrainerQualified(context);
        CheckH4RoomFits(context);
        CheckH5ClassSize(context);
        CheckH6SessionRule(context);
        CheckH7OrderWindow(context);
        CheckH8TrainerNoOverlap(context);
        CheckH9RoomNoOverlap(context);
        CheckH10OrderBalance(context);
        CheckH11Splitting(context);
        CheckH12TravelLimits(context);
        CheckH13PriceCap(context);
        CheckH14ApprovedRegion(context);
        CheckH15SubsidyScope(context);
        CheckH16ConcurrentClasses(context);
        CheckH17PinnedUnchanged(context);

        var recomputed = PlanEvaluator.Objective(context.Index, plan.Classes, plan.Unassigned);
        var mismatches = ObjectiveComparison.Mismatches(plan.Objective, recomputed);
        return new CheckReport(
            context.Violations,
            recomputed,
            recomputed.Total,
            PlanEvaluator.Kpis(context.Index, plan.Classes),
            mismatches.Count == 0,
            mismatches);
    }
}
