using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Plans;

/// <summary>GET /api/plans/{id}: a stored plan's status, objective, KPIs and solver report, without its classes.</summary>
public sealed record PlanSummary(long Id, long? RunId, string Status, string Scenario, Objective Objective, Kpis Kpis, SolverInfo? Solver,
    int Classes, int UnassignedOrders);
