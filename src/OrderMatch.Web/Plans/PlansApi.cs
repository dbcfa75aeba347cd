using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OrderMatch.Data.Plans;
using OrderMatch.Domain.Json;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Plans;

/// <summary>/api/plans for coordinators and admins: a plan's summary, and the whole plan in the FORMAT.md plan format.</summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans").RequireAuthorization(Policies.Planning).WithTags("plans");
        plans.MapGet("/{id:long}", GetAsync);
        plans.MapGet("/{id:long}/export", ExportAsync);
        return app;
    }

    private static async Task<Results<Ok<PlanSummary>, ProblemHttpResult>> GetAsync(long id, NpgsqlDataSource dataSource,
        CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(dataSource, id, cancellationToken);
        if (stored is null)
        {
            return NotFound(id);
        }

        var plan = stored.Plan;
        return TypedResults.Ok(new PlanSummary(stored.Id, stored.RunId, stored.Status.ToString().ToLowerInvariant(), plan.Scenario,
            plan.Objective, plan.Kpis, plan.Solver, plan.Classes.Count, plan.Unassigned.Count));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportAsync(long id, NpgsqlDataSource dataSource,
        CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(dataSource, id, cancellationToken);
        return stored is null
            ? NotFound(id)
            : TypedResults.Content(FormatJson.Serialize(stored.Plan), "application/json; charset=utf-8");
    }

    private static async Task<StoredPlan?> ReadAsync(NpgsqlDataSource dataSource, long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await PlanReader.ReadAsync(connection, null, id, cancellationToken);
    }

    private static ProblemHttpResult NotFound(long id) =>
        ProblemResults.NotFound("plan", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
