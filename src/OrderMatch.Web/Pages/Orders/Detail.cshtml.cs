using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;
using OrderMatch.Data.Orders;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Orders;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Orders;

/// <summary>One order the user may see: its fields, status and where the newest plan puts it (404 outside the user's scope).</summary>
[Authorize(Policy = Policies.Orders)]
public sealed class DetailModel(OrderStore store, NpgsqlDataSource dataSource) : PageModel
{
    public string Id { get; private set; } = "";

    public OrderView? Order { get; private set; }

    public OrderPlacement? Placement { get; private set; }

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
        Placement = await OrderPlacement.ReadAsync(dataSource, id, cancellationToken);
    }
}
