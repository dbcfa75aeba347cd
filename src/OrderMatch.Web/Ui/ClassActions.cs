using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Ui;

/// <summary>The per-class cell of the plan review: the class, its plan, and whether a pin holds it.</summary>
public sealed record ClassActions(PlanReviewPage Review, PlanClass Class)
{
    public bool Pinned => Review.PinnedClasses.Contains(Class.Id);
}
