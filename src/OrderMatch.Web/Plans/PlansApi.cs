using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderMatch.Data.Review;
using OrderMatch.Domain.Json;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Plans;

/// <summary>
/// /api/plans for coordinators and admins: the list, a plan's summary, its review (<see cref="PlanReviewApi"/>), its
/// decision (<see cref="PlanDecisionsApi"/>), and the whole plan in the FORMAT.md plan format. A coordinator bound to
/// regions reads lists cut to its regions and exports the whole plan only when all of it lies in them.
/// </summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans")
            .RequireAuthorization(Policies.Planning)
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithTags("plans");
        plans.MapGet("/", ListAsync);
        plans.MapGet("/{id:long}", GetAsync);
        plans.MapGet("/{id:long}/export", ExportAsync);
        plans.MapPlanReviewApi();
        plans.MapPlanDecisionsApi();
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<PlanListItem>>, ValidationProblem>> ListAsync(string? status, ClaimsPrincipal principal,
        PlanReview review, CancellationToken cancellationToken)
    {
        if (status is not null && !PlanStatuses.All.Contains(status))
        {
            return new FieldErrors().Add("status", "enum", $"status must be one of {string.Join(", ", PlanStatuses.All)}").ToResult();
        }

        return TypedResults.Ok(await review.ListAsync(status, RegionScopes.For(CurrentUser.From(principal)), cancellationToken));
    }

    private static async Task<Results<Ok<PlanSummary>, ProblemHttpResult>> GetAsync(long id, PlanReview review,
        CancellationToken cancellationToken)
    {
        var reviewed = await review.ReadAsync(id, cancellationToken);
        if (reviewed is null)
        {
            return NotFound(id);
        }

        var stored = reviewed.Stored;
        var plan = stored.Plan;
        return TypedResults.Ok(new PlanSummary(stored.Id, stored.RunId, stored.Status.ToString().ToLowerInvariant(), plan.Scenario,
            plan.Objective, plan.Kpis, plan.Solver, plan.Classes.Count, plan.Unassigned.Count));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportAsync(long id, ClaimsPrincipal principal, PlanReview review,
        CancellationToken cancellationToken)
    {
        var reviewed = await review.ReadAsync(id, cancellationToken);
        if (reviewed is null)
        {
            return NotFound(id);
        }

        var outside = reviewed.RegionsOutside(RegionScopes.For(CurrentUser.From(principal)));
        return outside.Count > 0
            ? RegionScopes.Outside(outside, $"plan {Text(id)}")
            : TypedResults.Content(FormatJson.Serialize(reviewed.Stored.Plan), "application/json; charset=utf-8");
    }

    internal static ProblemHttpResult NotFound(long id) => ProblemResults.NotFound("plan", Text(id));

    internal static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
