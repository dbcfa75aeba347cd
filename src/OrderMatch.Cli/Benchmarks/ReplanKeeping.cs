using OrderMatch.Domain.Model;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>How many classes of the plan in force a plan keeps.</summary>
public static class ReplanKeeping
{
    /// <summary>
    /// Kept as the change penalty counts it (FORMAT.md, objective <c>changes</c>): the plan has a class of the same id,
    /// institution, trainer, room, start week and pattern. The previous classes not kept are the plan's changes.
    /// </summary>
    public static int Kept(IReadOnlyList<PlanClass> previous, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(plan);
        var byId = plan.Classes.ToLookup(c => c.Id, StringComparer.Ordinal);
        return previous.Count(old => byId[old.Id].Any(c => c.SameDecisionsAs(old)));
    }

    /// <summary>
    /// Kept in substance whatever the class is called: the plan has a class of the same course, institution, trainer,
    /// room, start week and pattern. A plan made without the plan in force names its classes afresh, so only this count
    /// says how much of it it happens to repeat.
    /// </summary>
    public static int KeptUnderAnyId(IReadOnlyList<PlanClass> previous, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(plan);
        return previous.Count(old => plan.Classes.Any(c => c.Course == old.Course && (c with { Id = old.Id }).SameDecisionsAs(old)));
    }
}
