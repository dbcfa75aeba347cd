using OrderMatch.Data.Plans;

namespace OrderMatch.Web.Ui;

/// <summary>One row of the plan list.</summary>
public sealed record PlanListItem(long Id, long? RunId, bool Imported, PlanStatus Status, DateTimeOffset CreatedAt, double Objective,
    double Coverage, int Classes);
