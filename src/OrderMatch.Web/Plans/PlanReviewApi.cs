using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OrderMatch.Data.Notifications;
using OrderMatch.Data.Review;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.ICalendar;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Plans;

/// <summary>Reading one plan for review: classes (filterable), one class with sessions, unassigned demand by reason, the diff, CSV and iCalendar.</summary>
public static class PlanReviewApi
{
    public static RouteGroupBuilder MapPlanReviewApi(this RouteGroupBuilder plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        plans.MapGet("/{id:long}/classes", ClassesAsync);
        plans.MapGet("/{id:long}/classes/{classId}", ClassAsync);
        plans.MapGet("/{id:long}/unassigned", UnassignedAsync);
        plans.MapGet("/{id:long}/diff", DiffAsync);
        plans.MapGet("/{id:long}/export.csv", CsvAsync);
        plans.MapGet("/{id:long}/export.ics", CalendarAsync);
        return plans;
    }

    private static async Task<Results<Ok<IReadOnlyList<ClassView>>, ProblemHttpResult>> ClassesAsync(long id, string? institution,
        string? trainer, string? room, string? course, ClaimsPrincipal principal, PlanReview review, CancellationToken cancellationToken)
    {
        var plan = await review.ReadAsync(id, cancellationToken);
        return plan is null
            ? PlansApi.NotFound(id)
            : TypedResults.Ok(PlanViews.Classes(plan, new ClassFilter(institution, trainer, room, course), Scope(principal)));
    }

    private static async Task<Results<Ok<ClassView>, ProblemHttpResult>> ClassAsync(long id, string classId, ClaimsPrincipal principal,
        PlanReview review, CancellationToken cancellationToken)
    {
        var plan = await review.ReadAsync(id, cancellationToken);
        if (plan is null)
        {
            return PlansApi.NotFound(id);
        }

        return PlanViews.Class(plan, classId, Scope(principal)) is { } view
            ? TypedResults.Ok(view)
            : ProblemResults.NotFound("class", $"{classId}' of plan '{PlansApi.Text(id)}");
    }

    private static async Task<Results<Ok<IReadOnlyList<UnassignedGroup>>, ProblemHttpResult>> UnassignedAsync(long id, ClaimsPrincipal principal,
        PlanReview review, CancellationToken cancellationToken)
    {
        var plan = await review.ReadAsync(id, cancellationToken);
        return plan is null ? PlansApi.NotFound(id) : TypedResults.Ok(PlanViews.Unassigned(plan, Scope(principal)));
    }

    private static async Task<Results<Ok<PlanDiffView>, ProblemHttpResult>> DiffAsync(long id, ClaimsPrincipal principal, PlanReview review,
        CancellationToken cancellationToken)
    {
        var plan = await review.ReadAsync(id, cancellationToken);
        if (plan is null)
        {
            return PlansApi.NotFound(id);
        }

        var inForce = await review.ReadInForceAsync(cancellationToken);
        return TypedResults.Ok(PlanDiff.Compare(plan, inForce?.Id == plan.Id ? plan : inForce, Scope(principal)));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(long id, ClaimsPrincipal principal, PlanReview review,
        CancellationToken cancellationToken)
    {
        var plan = await review.ReadAsync(id, cancellationToken);
        if (plan is null)
        {
            return PlansApi.NotFound(id);
        }

        var classes = PlanViews.Classes(plan, new ClassFilter(), Scope(principal), withSessions: true);
        return TypedResults.File(PlanCsv.Write(classes), "text/csv; charset=utf-8", $"plan-{PlansApi.Text(id)}.csv");
    }

    /// <summary>The plan as an iCalendar (RFC 5545) file: one event per class the user may see, with the invitations' UIDs and sequences.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CalendarAsync(long id, ClaimsPrincipal principal,
        PlanReview review, NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken)
    {
        var plan = await review.ReadAsync(id, cancellationToken);
        if (plan is null)
        {
            return PlansApi.NotFound(id);
        }

        var scenario = await SnapshotReader.ReadAsync(dataSource, cancellationToken);
        var sequences = await CalendarSequences.ReadAsync(dataSource, cancellationToken);
        var visible = plan.Stored.Plan with { Classes = [.. PlanViews.VisibleClasses(plan, Scope(principal))] };
        var text = PlanCalendar.Write(scenario, visible, clock.GetUtcNow(),
            k => sequences.TryGetValue((k.Institution, k.Id), out var sequence) ? sequence : 0);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"plan-{PlansApi.Text(id)}.ics");
    }

    private static RegionScope Scope(ClaimsPrincipal principal) => RegionScopes.For(CurrentUser.From(principal));
}
