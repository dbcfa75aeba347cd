using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Plans;

/// <summary>
/// Reviewing one plan: its status and provenance, KPI cards and objective components, the timeline by institution,
/// trainer or room, the classes with sessions and enrollments, and the unassigned demand grouped by reason.
/// </summary>
[Authorize(Policy = Policies.Planning)]
public sealed class ReviewModel(PlanQueries plans) : PageModel
{
    public long Id { get; private set; }

    public PlanReviewPage? Review { get; private set; }

    public GanttGrouping By { get; private set; }

    public GanttChart? Chart { get; private set; }

    public IReadOnlyList<UnassignedGroup> Unassigned { get; private set; } = [];

    public async Task OnGetAsync(long id, string? by, CancellationToken cancellationToken)
    {
        Id = id;
        By = Enum.TryParse<GanttGrouping>(by, ignoreCase: true, out var grouping) && Enum.IsDefined(grouping) ? grouping : GanttGrouping.Institution;
        Review = await plans.ReviewAsync(id, cancellationToken);
        if (Review is not { } review)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var names = review.Names;
        Func<string, string> label = By switch
        {
            GanttGrouping.Trainer => names.Trainer,
            GanttGrouping.Room => names.Room,
            _ => names.Institution,
        };
        Chart = GanttLayout.Lay(review.Stored.Plan.Classes, review.HorizonStart, review.Weeks, By, label);
        Unassigned = UnassignedGroup.Of(review.Stored.Plan.Unassigned);
    }
}
