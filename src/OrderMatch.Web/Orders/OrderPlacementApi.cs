using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderMatch.Data.Orders;
using OrderMatch.Data.Review;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Orders;

/// <summary>
/// GET /api/orders/{id}/placement for the order's enterprise, its coordinators and admins: once the order is approved
/// (or in training), the class or classes of the plan in force its trainees are in. Before that, 409 naming the status.
/// </summary>
public static class OrderPlacementApi
{
    private static readonly string[] Placed = [OrderStatuses.Approved, OrderStatuses.InTraining];

    public static async Task<Results<Ok<OrderPlacement>, ProblemHttpResult>> PlacementAsync(string id, ClaimsPrincipal principal,
        OrderStore store, PlanReview review, CancellationToken cancellationToken)
    {
        var order = await store.GetAsync(OrderScopes.For(CurrentUser.From(principal)), id, cancellationToken);
        if (order is null)
        {
            return ProblemResults.NotFound("order", id);
        }

        var inForce = Placed.Contains(order.Status) ? await review.ReadInForceAsync(cancellationToken) : null;
        return inForce is null
            ? ProblemResults.Problem(StatusCodes.Status409Conflict, "order not placed yet",
                $"order \"{id}\" is {order.Status}; its classes are known once a plan enrolling it is approved", OrderStatuses.Rule, "status")
            : TypedResults.Ok(OrderPlacement.Of(inForce, id));
    }
}
