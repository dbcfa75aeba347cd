using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderMatch.Data.Pins;
using OrderMatch.Data.Review;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Plans;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Pins;

/// <summary>
/// Pinning classes of a reviewed plan for the next run (POST /api/runs re-plans): POST and DELETE
/// /api/plans/{id}/classes/{classId}/pin, and GET /api/pins. A coordinator bound to regions pins and sees only classes
/// whose institution lies in them.
/// </summary>
public static class PinsApi
{
    public static IEndpointRouteBuilder MapPinsApi(this IEndpointRouteBuilder app)
    {
        var pins = app.MapGroup("/api")
            .RequireAuthorization(Policies.Planning)
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithTags("pins");
        pins.MapGet("/pins", ListAsync);
        pins.MapPost("/plans/{id:long}/classes/{classId}/pin", PinAsync);
        pins.MapDelete("/plans/{id:long}/classes/{classId}/pin", UnpinAsync);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PinView>>> ListAsync(ClaimsPrincipal principal, PinStore store, CancellationToken cancellationToken)
    {
        var scope = RegionScopes.For(CurrentUser.From(principal));
        return TypedResults.Ok<IReadOnlyList<PinView>>([.. (await store.ListAsync(cancellationToken)).Where(p => scope.Covers(p.Region))]);
    }

    private static async Task<Results<Ok<PinView>, ValidationProblem, ProblemHttpResult>> PinAsync(long id, string classId, HttpRequest request,
        ClaimsPrincipal principal, PlanReview review, PinStore store, CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<PinBody>(request, cancellationToken);
        var keep = body is null ? null : PinKeep.Read(body, errors);
        if (keep is null)
        {
            return errors.ToResult();
        }

        var user = CurrentUser.From(principal);
        var plan = await review.ReadAsync(id, cancellationToken);
        if (plan is null)
        {
            return PlansApi.NotFound(id);
        }

        var planClass = plan.Stored.Plan.Classes.FirstOrDefault(k => k.Id == classId);
        if (planClass is null)
        {
            return ProblemResults.NotFound("class", $"{classId}' of plan '{PlansApi.Text(id)}");
        }

        var region = plan.Places.InstitutionRegion(planClass.Institution);
        if (!RegionScopes.For(user).Covers(region))
        {
            return RegionScopes.Outside([region ?? "?"], $"class {classId}");
        }

        var outcome = keep.SequenceEqual([PinDecision.WholeClass])
            ? await store.PinClassAsync(id, planClass, user.Actor, cancellationToken)
            : await store.PinDecisionsAsync(id, planClass, keep, user.Actor, cancellationToken);
        return outcome.Pin is { } pin
            ? TypedResults.Ok(pin)
            : ProblemResults.Problem(StatusCodes.Status409Conflict, "orders no longer open",
                $"class {classId} enrolls orders that are no longer open ({string.Join(", ", outcome.ClosedOrders)}); it cannot be pinned for the next run",
                "order-status", "classId");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnpinAsync(long id, string classId, ClaimsPrincipal principal,
        PlanReview review, PinStore store, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        if (!await review.ExistsAsync(id, cancellationToken))
        {
            return PlansApi.NotFound(id);
        }

        var pin = await store.GetAsync(classId, cancellationToken);
        if (pin is null)
        {
            return ProblemResults.NotFound("pin", classId);
        }

        if (!RegionScopes.For(user).Covers(pin.Region))
        {
            return RegionScopes.Outside([pin.Region ?? "?"], $"class {classId}");
        }

        return await store.UnpinAsync(classId, user.Actor, cancellationToken) ? TypedResults.NoContent() : ProblemResults.NotFound("pin", classId);
    }
}
