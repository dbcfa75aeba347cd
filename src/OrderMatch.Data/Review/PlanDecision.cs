namespace OrderMatch.Data.Review;

/// <summary>The outcome of deciding a plan, its status afterwards (or the status that refused the decision), and the plan it replaced.</summary>
public sealed record PlanDecision(DecisionOutcome Outcome, string? Status, long? ReplacedPlanId = null)
{
    public static PlanDecision NotFound { get; } = new(DecisionOutcome.NotFound, null);
}
