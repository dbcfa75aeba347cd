using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;
using OrderMatch.Data.Orders;
using OrderMatch.Data.Review;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Orders;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Orders;

/// <summary>
/// One order the user may see (404 outside the user's scope): its fields, its status, and where it trains — once
/// approved, its classes in the plan in force with their sessions; before, where the newest plan proposes to put it.
/// </summary>
[Authorize(Policy = Policies.Orders)]
public sealed class DetailModel(OrderStore store, PlanReview review, NpgsqlDataSource dataSource) : PageModel
{
    public string Id { get; private set; } = "";

    public OrderView? Order { get; private set; }

    public Ui.OrderPlacement? Placement { get; private set; }

    /// <summary>Once the order is approved: its classes in the plan in force, as GET /api/orders/{id}/placement gives them.</summary>
    public Data.Review.OrderPlacement? Approved { get; private set; }

    public ReferenceNames Names { get; private set; } = ReferenceNames.Empty;

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Id = id;
        Order = await store.GetAsync(OrderScopes.For(CurrentUser.From(User)), id, cancellationToken);
        if (Order is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Names = await ReferenceNames.ReadAsync(dataSource, cancellationToken);
        if (Order.Status is OrderStatuses.Approved or OrderStatuses.InTraining
            && await review.ReadInForceAsync(cancellationToken) is { } inForce)
        {
            Approved = Data.Review.OrderPlacement.Of(inForce, id);
            return;
        }

        Placement = await Ui.OrderPlacement.ReadAsync(dataSource, id, cancellationToken);
    }
}
