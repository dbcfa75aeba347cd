using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderMatch.Data.Orders;
using OrderMatch.Data.Users;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Orders;

/// <summary>
/// /api/orders for enterprises (their own orders), coordinators (orders of enterprises in their regions) and admins.
/// An order outside the caller's scope is 404; an order past "planned" cannot be changed (409, rule order-status).
/// </summary>
public static class OrdersApi
{
    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders")
            .RequireAuthorization(Policies.Orders)
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithTags("orders");
        orders.MapGet("/", ListAsync);
        orders.MapGet("/{id}", GetAsync);
        orders.MapPost("/", CreateAsync);
        orders.MapPost("/upload", OrderUpload.UploadAsync);
        orders.MapGet("/{id}/placement", OrderPlacementApi.PlacementAsync);
        orders.MapPut("/{id}", UpdateAsync);
        orders.MapPost("/{id}/cancel", CancelAsync);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<OrderView>>, ValidationProblem>> ListAsync(string? status, ClaimsPrincipal principal,
        OrderStore store, CancellationToken cancellationToken)
    {
        if (status is not null && !OrderStatuses.All.Contains(status))
        {
            return new FieldErrors().Add("status", "enum", $"status must be one of {string.Join(", ", OrderStatuses.All)}").ToResult();
        }

        var scope = OrderScopes.For(CurrentUser.From(principal));
        return TypedResults.Ok(await store.ListAsync(scope, status, cancellationToken));
    }

    private static async Task<Results<Ok<OrderView>, ProblemHttpResult>> GetAsync(string id, ClaimsPrincipal principal, OrderStore store,
        CancellationToken cancellationToken)
    {
        var order = await store.GetAsync(OrderScopes.For(CurrentUser.From(principal)), id, cancellationToken);
        return order is null ? ProblemResults.NotFound("order", id) : TypedResults.Ok(order);
    }

    private static async Task<Results<Created<OrderView>, ValidationProblem, ProblemHttpResult>> CreateAsync(HttpRequest request,
        ClaimsPrincipal principal, OrderStore store, CancellationToken cancellationToken)
    {
        var (input, readErrors) = await JsonBody.ReadAsync<OrderInput>(request, cancellationToken);
        if (input is null)
        {
            return readErrors.ToResult();
        }

        var user = CurrentUser.From(principal);
        var enterprise = OrderIntake.EnterpriseOf(input, user);
        var (facts, inScope) = await OrderIntake.FactsAsync(store, input, enterprise, user, cancellationToken);
        if (!inScope)
        {
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, "enterprise outside your scope",
                $"you may not order for enterprise \"{enterprise}\"", "scope", "enterprise");
        }

        var errors = new FieldErrors();
        var id = input.Id ?? OrderIntake.NewId();
        var order = OrderValidator.Validate(id, enterprise, input, facts, errors);
        if (order is null)
        {
            return errors.ToResult();
        }

        var created = await store.CreateAsync(order, user.Actor, cancellationToken);
        return created is null
            ? ProblemResults.Problem(StatusCodes.Status409Conflict, "order id taken", $"an order \"{id}\" exists already", "duplicate-id", "id")
            : TypedResults.Created($"/api/orders/{Uri.EscapeDataString(created.Id)}", created);
    }

    private static async Task<Results<Ok<OrderView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(string id, HttpRequest request,
        ClaimsPrincipal principal, OrderStore store, CancellationToken cancellationToken)
    {
        var (input, readErrors) = await JsonBody.ReadAsync<OrderInput>(request, cancellationToken);
        if (input is null)
        {
            return readErrors.ToResult();
        }

        var user = CurrentUser.From(principal);
        var scope = OrderScopes.For(user);
        var current = await store.GetAsync(scope, id, cancellationToken);
        if (current is null)
        {
            return ProblemResults.NotFound("order", id);
        }

        var errors = new FieldErrors();
        if (input.Id is not null && input.Id != id)
        {
            errors.Add("id", "immutable", $"id cannot change: the order is \"{id}\"");
        }

        if (input.Enterprise is not null && input.Enterprise != current.Enterprise)
        {
            errors.Add("enterprise", "immutable", $"enterprise cannot change: the order is \"{current.Enterprise}\"'s");
        }

        var facts = await store.FactsAsync(input.Course, current.Enterprise, cancellationToken);
        var order = OrderValidator.Validate(id, current.Enterprise, input, facts, errors);
        if (order is null)
        {
            return errors.ToResult();
        }

        return Outcome(id, await store.UpdateAsync(scope, order, user.Actor, cancellationToken), "edited");
    }

    private static async Task<Results<Ok<OrderView>, ProblemHttpResult>> CancelAsync(string id, ClaimsPrincipal principal, OrderStore store,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var change = await store.CancelAsync(OrderScopes.For(user), id, user.Actor, cancellationToken);
        return change.Order is { } order ? TypedResults.Ok(order) : Refused(id, change, "cancelled");
    }

    private static Results<Ok<OrderView>, ValidationProblem, ProblemHttpResult> Outcome(string id, OrderChange change, string verb) =>
        change.Order is { } order ? TypedResults.Ok(order) : Refused(id, change, verb);

    private static ProblemHttpResult Refused(string id, OrderChange change, string verb) =>
        change.RefusedStatus is { } status
            ? ProblemResults.Problem(StatusCodes.Status409Conflict, "order can no longer change",
                $"order \"{id}\" is {status}; it can be {verb} only while {string.Join(" or ", OrderStatuses.Changeable)}",
                OrderStatuses.Rule, "status")
            : ProblemResults.NotFound("order", id);
}
