using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;
using OrderMatch.Data.Users;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Orders;

/// <summary>
/// The new-order form. An enterprise orders for itself; coordinators and admins name the enterprise. Every problem is
/// shown next to its field and nothing is stored until the order passes.
/// </summary>
[Authorize(Policy = Policies.Orders)]
public sealed class NewModel(OrderSubmission submission, NpgsqlDataSource dataSource) : PageModel
{
    [BindProperty]
    public OrderForm Form { get; set; } = new();

    public IReadOnlyList<FieldProblem> Problems { get; private set; } = [];

    public ReferenceNames Names { get; private set; } = ReferenceNames.Empty;

    public bool AsksEnterprise => CurrentUser.From(User).Role != UserRole.Enterprise;

    public IReadOnlyList<FieldProblem> For(string field) => [.. Problems.Where(p => p.Field == field)];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Names = await ReferenceNames.ReadAsync(dataSource, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (order, problems) = await submission.SubmitAsync(Form, CurrentUser.From(User), cancellationToken);
        if (order is not null)
        {
            return Redirect($"/Orders?submitted={Uri.EscapeDataString(order.Id)}");
        }

        Problems = problems;
        Names = await ReferenceNames.ReadAsync(dataSource, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
