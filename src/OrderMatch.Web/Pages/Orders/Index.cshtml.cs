using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;
using OrderMatch.Data.Orders;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Orders;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Orders;

/// <summary>The orders the user may see (an enterprise its own), with their status.</summary>
[Authorize(Policy = Policies.Orders)]
public sealed class IndexModel(OrderStore store, NpgsqlDataSource dataSource) : PageModel
{
    public IReadOnlyList<OrderView> Orders { get; private set; } = [];

    public ReferenceNames Names { get; private set; } = ReferenceNames.Empty;

    public string? Submitted { get; private set; }

    public async Task OnGetAsync(string? submitted, CancellationToken cancellationToken)
    {
        Orders = await store.ListAsync(OrderScopes.For(CurrentUser.From(User)), null, cancellationToken);
        Names = await ReferenceNames.ReadAsync(dataSource, cancellationToken);
        Submitted = Orders.Any(o => o.Id == submitted) ? submitted : null;
    }
}
