using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderMatch.Data.Review;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Plans;

/// <summary>
/// POST /api/plans/{id}/approve and /reject: only a proposed plan (409 naming its status otherwise), only by a
/// coordinator whose regions hold every class and unassigned order of the plan (403 naming the others).
/// </summary>
public static class PlanDecisionsApi
{
    public static RouteGroupBuilder MapPlanDecisionsApi(this RouteGroupBuilder plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        plans.MapPost("/{id:long}/approve", ApproveAsync);
        plans.MapPost("/{id:long}/reject", RejectAsync);
        return plans;
    }

    private static async Task<Results<Ok<PlanDecision>, ValidationProblem, ProblemHttpResult>> ApproveAsync(long id, HttpRequest request,
        ClaimsPrincipal principal, PlanReview review, PlanDecisions decisions, CancellationToken cancellationToken)
    {
        var (body, errors) = await ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return errors.ToResult();
        }

        var user = CurrentUser.From(principal);
        if (await RefusedAsync(id, user, review, cancellationToken) is { } refused)
        {
            return refused;
        }

        return Outcome(id, await decisions.ApproveAsync(id, user.Actor, Trimmed(body.Comment), cancellationToken), "approved");
    }

    private static async Task<Results<Ok<PlanDecision>, ValidationProblem, ProblemHttpResult>> RejectAsync(long id, HttpRequest request,
        ClaimsPrincipal principal, PlanReview review, PlanDecisions decisions, CancellationToken cancellationToken)
    {
        var (body, errors) = await ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return errors.ToResult();
        }

        if (Trimmed(body.Comment) is not { } comment)
        {
            return new FieldErrors().Add("comment", "required", "comment is required: say why the plan is rejected").ToResult();
        }

        var user = CurrentUser.From(principal);
        if (await RefusedAsync(id, user, review, cancellationToken) is { } refused)
        {
            return refused;
        }

        return Outcome(id, await decisions.RejectAsync(id, user.Actor, comment, cancellationToken), "rejected");
    }

    /// <summary>An absent body is an empty one (approval without comment).</summary>
    private static async Task<(DecisionBody? Body, FieldErrors Errors)> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        request.ContentLength is 0 || (request.ContentLength is null && !request.HasJsonContentType())
            ? (new DecisionBody(), new FieldErrors())
            : await JsonBody.ReadAsync<DecisionBody>(request, cancellationToken);

    private static async Task<ProblemHttpResult?> RefusedAsync(long id, CurrentUser user, PlanReview review, CancellationToken cancellationToken)
    {
        var plan = await review.ReadAsync(id, cancellationToken);
        if (plan is null)
        {
            return PlansApi.NotFound(id);
        }

        var outside = plan.RegionsOutside(RegionScopes.For(user));
        return outside.Count > 0 ? RegionScopes.Outside(outside, $"plan {PlansApi.Text(id)}") : null;
    }

    private static Results<Ok<PlanDecision>, ValidationProblem, ProblemHttpResult> Outcome(long id, PlanDecision decision, string verb) =>
        decision.Outcome switch
        {
            DecisionOutcome.Done => TypedResults.Ok(decision),
            DecisionOutcome.WrongStatus => ProblemResults.Problem(StatusCodes.Status409Conflict, "plan is not proposed",
                $"plan {PlansApi.Text(id)} is {decision.Status}; only a proposed plan can be {verb}", "plan-status", "status"),
            _ => PlansApi.NotFound(id),
        };

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
