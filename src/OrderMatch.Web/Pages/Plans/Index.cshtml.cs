using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Plans;

/// <summary>The stored plans, newest first: where each came from, its status and headline figures.</summary>
[Authorize(Policy = Policies.Planning)]
public sealed class IndexModel(PlanQueries plans) : PageModel
{
    public IReadOnlyList<PlanListItem> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Plans = await plans.ListAsync(cancellationToken);
}
