using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderMatch.Data.Reference;
using OrderMatch.Data.Review;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Plans;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Reference;

/// <summary>
/// /api/reference/{regions|enterprises|courses|institutions|trainers|bases} for coordinators and admins: list, read,
/// create, replace, delete, each entity in its FORMAT.md §2 shape. A coordinator bound to regions sees and changes
/// institutions, bases, enterprises and institution trainers of its regions only, its own regions, and no shared data
/// (courses, pool trainers). Deleting what something still refers to is 409 naming it; every change is audited.
/// </summary>
public static class ReferenceApi
{
    public static IEndpointRouteBuilder MapReferenceApi(this IEndpointRouteBuilder app)
    {
        foreach (var collection in Enum.GetValues<ReferenceCollection>())
        {
            var group = app.MapGroup($"/api/reference/{ReferenceEntities.JsonName(collection)}")
                .RequireAuthorization(Policies.Planning)
                .AddEndpointFilter<CookieAntiforgeryFilter>()
                .WithTags("reference");
            group.MapGet("/", (ClaimsPrincipal principal, ReferenceStore store, CancellationToken cancellationToken) =>
                ListAsync(collection, principal, store, cancellationToken));
            group.MapGet("/{id}", (string id, ClaimsPrincipal principal, ReferenceStore store, CancellationToken cancellationToken) =>
                GetAsync(collection, id, principal, store, cancellationToken));
            group.MapPost("/", (HttpRequest request, ClaimsPrincipal principal, ReferenceStore store, CancellationToken cancellationToken) =>
                SaveAsync(collection, null, request, principal, store, cancellationToken));
            group.MapPut("/{id}", (string id, HttpRequest request, ClaimsPrincipal principal, ReferenceStore store, CancellationToken cancellationToken) =>
                SaveAsync(collection, id, request, principal, store, cancellationToken));
            group.MapDelete("/{id}", (string id, ClaimsPrincipal principal, ReferenceStore store, CancellationToken cancellationToken) =>
                DeleteAsync(collection, id, principal, store, cancellationToken));
        }

        return app;
    }

    private static async Task<Ok<IReadOnlyList<object>>> ListAsync(ReferenceCollection collection, ClaimsPrincipal principal, ReferenceStore store,
        CancellationToken cancellationToken)
    {
        var scope = Scope(principal);
        var current = await store.ReadAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<object>>([.. ReferenceEntities.Items(current, collection).Where(e => Visible(collection, current, e, scope))]);
    }

    private static async Task<Results<Ok<object>, ProblemHttpResult>> GetAsync(ReferenceCollection collection, string id, ClaimsPrincipal principal,
        ReferenceStore store, CancellationToken cancellationToken)
    {
        var scope = Scope(principal);
        var current = await store.ReadAsync(cancellationToken);
        var entity = ReferenceEntities.Items(current, collection).FirstOrDefault(e => ReferenceEntities.Id(e) == id);
        return entity is not null && Visible(collection, current, entity, scope)
            ? TypedResults.Ok(entity)
            : ProblemResults.NotFound(ReferenceStore.Noun(collection), id);
    }

    private static async Task<Results<Ok<object>, Created<object>, ValidationProblem, ProblemHttpResult>> SaveAsync(ReferenceCollection collection,
        string? routeId, HttpRequest request, ClaimsPrincipal principal, ReferenceStore store, CancellationToken cancellationToken)
    {
        var (json, readErrors) = await JsonBody.ReadAsync<JsonNode>(request, cancellationToken);
        if (json is null)
        {
            return readErrors.ToResult();
        }

        var user = CurrentUser.From(principal);
        var scope = RegionScopes.For(user);
        var current = await store.ReadAsync(cancellationToken);
        var noun = ReferenceStore.Noun(collection);
        var existing = routeId is null ? null : ReferenceEntities.Items(current, collection).FirstOrDefault(e => ReferenceEntities.Id(e) == routeId);
        if (routeId is not null && (existing is null || !Visible(collection, current, existing, scope)))
        {
            return ProblemResults.NotFound(noun, routeId);
        }

        var errors = new FieldErrors();
        var entity = ReferenceValidator.Validate(collection, json, routeId, current, errors);
        if (entity is null)
        {
            return errors.ToResult();
        }

        var id = ReferenceEntities.Id(entity);
        foreach (var touched in new[] { existing, entity })
        {
            if (touched is not null && !scope.Covers(ReferenceEntities.Region(current, touched)))
            {
                return OutsideScope(current, touched, noun, id);
            }
        }

        var change = await store.SaveAsync(collection, id, entity, create: routeId is null, user.Actor, cancellationToken);
        return change.Outcome switch
        {
            ReferenceOutcome.Done when routeId is null => TypedResults.Created($"{request.Path}/{Uri.EscapeDataString(id)}", entity),
            ReferenceOutcome.Done => TypedResults.Ok(entity),
            ReferenceOutcome.Exists => ProblemResults.Problem(StatusCodes.Status409Conflict, $"{noun} id taken",
                $"a {noun} \"{id}\" exists already; change it with PUT", "duplicate-id", "id"),
            ReferenceOutcome.Conflict => ProblemResults.Problem(StatusCodes.Status409Conflict, $"{noun} conflicts with stored data",
                $"{noun} \"{id}\" cannot be saved: {change.ConflictDetail}", "conflict", "id"),
            _ => ProblemResults.NotFound(noun, id),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(ReferenceCollection collection, string id, ClaimsPrincipal principal,
        ReferenceStore store, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var scope = RegionScopes.For(user);
        var current = await store.ReadAsync(cancellationToken);
        var noun = ReferenceStore.Noun(collection);
        var existing = ReferenceEntities.Items(current, collection).FirstOrDefault(e => ReferenceEntities.Id(e) == id);
        if (existing is null || !Visible(collection, current, existing, scope))
        {
            return ProblemResults.NotFound(noun, id);
        }

        if (!scope.Covers(ReferenceEntities.Region(current, existing)))
        {
            return OutsideScope(current, existing, noun, id);
        }

        var change = await store.DeleteAsync(collection, id, user.Actor, cancellationToken);
        return change.Outcome switch
        {
            ReferenceOutcome.Done => TypedResults.NoContent(),
            ReferenceOutcome.Conflict => ProblemResults.Problem(StatusCodes.Status409Conflict, $"{noun} still in use",
                $"{noun} \"{id}\" cannot be deleted: {change.ConflictDetail}", "referenced", "id"),
            _ => ProblemResults.NotFound(noun, id),
        };
    }

    /// <summary>Bound coordinators read shared data and what lies in their regions.</summary>
    private static bool Visible(ReferenceCollection collection, Domain.Model.Scenario current, object entity, RegionScope scope) =>
        scope.IsAll || collection is ReferenceCollection.Regions or ReferenceCollection.Courses
        || ReferenceEntities.Region(current, entity) is not { } region || scope.Covers(region);

    private static ProblemHttpResult OutsideScope(Domain.Model.Scenario current, object entity, string noun, string id) =>
        ReferenceEntities.Region(current, entity) is { } region
            ? RegionScopes.Outside([region], $"{noun} \"{id}\"")
            : ProblemResults.Problem(StatusCodes.Status403Forbidden, "shared reference data",
                $"{noun} \"{id}\" is shared by all regions; only a coordinator of all regions or an admin may change it", "region-scope", "id");

    private static RegionScope Scope(ClaimsPrincipal principal) => RegionScopes.For(CurrentUser.From(principal));
}
