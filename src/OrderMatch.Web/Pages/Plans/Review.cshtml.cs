using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrderMatch.Data.Pins;
using OrderMatch.Data.Review;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Localization;
using OrderMatch.Web.Plans;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Plans;

/// <summary>
/// Reviewing one plan: its status and provenance, KPI cards and objective components, the timeline by institution,
/// trainer or room, the classes with sessions and enrollments, the unassigned demand grouped by reason, and the diff
/// against the plan in force. Coordinators pin and unpin classes, approve or reject a proposed plan and start a
/// re-run, with the API's rules: proposed plans only, within their regions, a rejection says why.
/// </summary>
[Authorize(Policy = Policies.Planning)]
public sealed class ReviewModel(PlanQueries plans, PlanReview review, PinStore pins) : PageModel
{
    public long Id { get; private set; }

    public PlanReviewPage? Review { get; private set; }

    public GanttGrouping By { get; private set; }

    public GanttChart? Chart { get; private set; }

    public IReadOnlyList<Ui.UnassignedGroup> Unassigned { get; private set; } = [];

    public string? Notice { get; private set; }

    public ActionProblem? Problem { get; private set; }

    public string Comment { get; private set; } = "";

    public async Task OnGetAsync(long id, string? by, string? done, string? classId, CancellationToken cancellationToken)
    {
        Notice = done switch
        {
            "approved" => Texts.PlanApprovedNotice.Format(id),
            "rejected" => Texts.PlanRejectedNotice.Format(id),
            "unpinned" => Texts.UnpinnedNotice.Format(classId),
            _ => null,
        };
        await LoadAsync(id, by, cancellationToken);
        if (done == "pinned" && Review?.Pins.GetValueOrDefault(classId ?? "") is { } keep)
        {
            Notice = Texts.PinnedNotice.Format(classId, string.Join(", ", keep.Select(k => StatusTexts.Decision(k).Value)));
        }
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, string? comment, [FromServices] PlanDecisions decisions,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(User);
        if (await RefusedAsync(id, user, cancellationToken) is { } refused)
        {
            return await RefuseAsync(id, refused, comment, cancellationToken);
        }

        var decision = await decisions.ApproveAsync(id, user.Actor, Trimmed(comment), cancellationToken);
        return await OutcomeAsync(id, decision, "approved", comment, cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(long id, string? comment, [FromServices] PlanDecisions decisions,
        CancellationToken cancellationToken)
    {
        if (Trimmed(comment) is not { } reason)
        {
            return await RefuseAsync(id, new ActionProblem(StatusCodes.Status400BadRequest, "comment", "required", Texts.ErrorCommentRequired.Value),
                comment, cancellationToken);
        }

        var user = CurrentUser.From(User);
        if (await RefusedAsync(id, user, cancellationToken) is { } refused)
        {
            return await RefuseAsync(id, refused, comment, cancellationToken);
        }

        var decision = await decisions.RejectAsync(id, user.Actor, reason, cancellationToken);
        return await OutcomeAsync(id, decision, "rejected", comment, cancellationToken);
    }

    public async Task<IActionResult> OnPostPinAsync(long id, string? classId, string[]? keep, CancellationToken cancellationToken)
    {
        var choice = PinChoice.Read(keep);
        if (choice is null)
        {
            return await RefuseAsync(id, new ActionProblem(StatusCodes.Status400BadRequest, "keep", keep is { Length: > 0 } ? "enum" : "required",
                Texts.ErrorPinChoose.Value), null, cancellationToken);
        }

        var plan = await review.ReadAsync(id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var planClass = plan.Stored.Plan.Classes.FirstOrDefault(k => k.Id == classId);
        if (planClass is null)
        {
            return await RefuseAsync(id, new ActionProblem(StatusCodes.Status404NotFound, "classId", "not-found",
                Texts.ErrorNoSuchClass.Format(id, classId)), null, cancellationToken);
        }

        var user = CurrentUser.From(User);
        var region = plan.Places.InstitutionRegion(planClass.Institution);
        if (!RegionScopes.For(user).Covers(region))
        {
            return await RefuseAsync(id, RegionProblem(Texts.ClassColumn.Value + " " + planClass.Id, [region ?? "?"]), null, cancellationToken);
        }

        var outcome = choice.SequenceEqual([PinDecision.WholeClass])
            ? await pins.PinClassAsync(id, planClass, user.Actor, cancellationToken)
            : await pins.PinDecisionsAsync(id, planClass, choice, user.Actor, cancellationToken);
        if (outcome.Pin is null)
        {
            return await RefuseAsync(id, new ActionProblem(StatusCodes.Status409Conflict, "classId", "order-status",
                Texts.ErrorPinClosed.Format(planClass.Id, string.Join(", ", outcome.ClosedOrders))), null, cancellationToken);
        }

        return Redirect($"/Plans/{id}?done=pinned&classId={Uri.EscapeDataString(planClass.Id)}#class-{Uri.EscapeDataString(planClass.Id)}");
    }

    public async Task<IActionResult> OnPostUnpinAsync(long id, string? classId, CancellationToken cancellationToken)
    {
        if (!await review.ExistsAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var pin = classId is null ? null : await pins.GetAsync(classId, cancellationToken);
        if (pin is null)
        {
            return await RefuseAsync(id, new ActionProblem(StatusCodes.Status404NotFound, "classId", "not-found", Texts.ErrorNoPin.Format(classId)),
                null, cancellationToken);
        }

        if (!RegionScopes.For(CurrentUser.From(User)).Covers(pin.Region))
        {
            return await RefuseAsync(id, RegionProblem(Texts.ClassColumn.Value + " " + pin.ClassId, [pin.Region ?? "?"]), null, cancellationToken);
        }

        if (!await pins.UnpinAsync(pin.ClassId, CurrentUser.From(User).Actor, cancellationToken))
        {
            return await RefuseAsync(id, new ActionProblem(StatusCodes.Status404NotFound, "classId", "not-found", Texts.ErrorNoPin.Format(classId)),
                null, cancellationToken);
        }

        return Redirect($"/Plans/{id}?done=unpinned&classId={Uri.EscapeDataString(pin.ClassId)}");
    }

    /// <summary>The API's checks before a decision: the plan exists and lies wholly in the user's regions.</summary>
    private async Task<ActionProblem?> RefusedAsync(long id, CurrentUser user, CancellationToken cancellationToken)
    {
        var plan = await review.ReadAsync(id, cancellationToken);
        if (plan is null)
        {
            return new ActionProblem(StatusCodes.Status404NotFound, "id", "not-found", Texts.NotFoundText.Format(Texts.PlanEntity.Format(id)));
        }

        var outside = plan.RegionsOutside(RegionScopes.For(user));
        return outside.Count > 0 ? RegionProblem(Texts.PlanEntity.Format(id), outside) : null;
    }

    private async Task<IActionResult> OutcomeAsync(long id, PlanDecision decision, string done, string? comment, CancellationToken cancellationToken) =>
        decision.Outcome switch
        {
            DecisionOutcome.Done => Redirect($"/Plans/{id}?done={done}"),
            DecisionOutcome.WrongStatus => await RefuseAsync(id, new ActionProblem(StatusCodes.Status409Conflict, "status", "plan-status",
                Texts.ErrorPlanStatus.Format(id, Enum.TryParse<Data.Plans.PlanStatus>(decision.Status, ignoreCase: true, out var status)
                    ? StatusTexts.Plan(status).Value : decision.Status)), comment, cancellationToken),
            _ => NotFound(),
        };

    private static ActionProblem RegionProblem(string what, IReadOnlyList<string> regions) =>
        new(StatusCodes.Status403Forbidden, "regions", "region-scope", Texts.ErrorRegionScope.Format(what, string.Join(", ", regions)));

    /// <summary>Shows the page again with the problem and its status; nothing was changed.</summary>
    private async Task<IActionResult> RefuseAsync(long id, ActionProblem problem, string? comment, CancellationToken cancellationToken)
    {
        await LoadAsync(id, null, cancellationToken);
        if (Review is null)
        {
            return NotFound();
        }

        Problem = problem;
        Comment = comment ?? "";
        Response.StatusCode = problem.Status;
        return Page();
    }

    private async Task LoadAsync(long id, string? by, CancellationToken cancellationToken)
    {
        Id = id;
        By = Enum.TryParse<GanttGrouping>(by, ignoreCase: true, out var grouping) && Enum.IsDefined(grouping) ? grouping : GanttGrouping.Institution;
        Review = await plans.ReviewAsync(id, RegionScopes.For(CurrentUser.From(User)), cancellationToken);
        if (Review is not { } page)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var names = page.Names;
        Func<string, string> label = By switch
        {
            GanttGrouping.Trainer => names.Trainer,
            GanttGrouping.Room => names.Room,
            _ => names.Institution,
        };
        Chart = GanttLayout.Lay(page.Stored.Plan.Classes, page.HorizonStart, page.Weeks, By, label);
        Unassigned = Ui.UnassignedGroup.Of(page.Stored.Plan.Unassigned);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
