namespace OrderMatch.Web.Ui;

/// <summary>The plan-level controls of the review page: the plan, and the comment typed before a refused decision.</summary>
public sealed record PlanActions(PlanReviewPage Review, string Comment);
