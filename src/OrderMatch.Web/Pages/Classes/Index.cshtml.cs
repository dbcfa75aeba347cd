using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;
using OrderMatch.Data.Notifications;
using OrderMatch.Data.Plans;
using OrderMatch.Domain.Model;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Localization;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Classes;

/// <summary>
/// An institution's classes in the approved plan in force, with their sessions and the answer given to each. A class
/// its email announced for the plan in force can be accepted or declined (a decline needs a reason) here, recorded by
/// <see cref="ClassResponses"/> exactly as through the email's signed links; the signed-in institution user is the
/// credential, and the link of that email is spent by the answer.
/// </summary>
[Authorize(Policy = UiPolicies.Institution)]
public sealed class IndexModel(NpgsqlDataSource dataSource, ClassResponses responses) : PageModel
{
    public string Institution { get; private set; } = "";

    public long? PlanId { get; private set; }

    public IReadOnlyList<PlanClass> Classes { get; private set; } = [];

    public IReadOnlyDictionary<string, InstitutionClassAnswer> Answers { get; private set; } = new Dictionary<string, InstitutionClassAnswer>();

    public DateOnly HorizonStart { get; private set; }

    public ReferenceNames Names { get; private set; } = ReferenceNames.Empty;

    public string? Notice { get; private set; }

    public ActionProblem? Problem { get; private set; }

    public async Task OnGetAsync(string? accepted, string? declined, CancellationToken cancellationToken)
    {
        Notice = accepted is not null ? Texts.ClassAcceptedNotice.Format(accepted) : declined is not null ? Texts.ClassDeclinedNotice.Format(declined) : null;
        await LoadAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAcceptAsync(string? classId, CancellationToken cancellationToken) =>
        AnswerAsync(classId, LinkAction.Accept, null, cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(string? classId, string? reason, CancellationToken cancellationToken) =>
        AnswerAsync(classId, LinkAction.Decline, reason, cancellationToken);

    private async Task<IActionResult> AnswerAsync(string? classId, LinkAction action, string? reason, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var id = classId ?? "";
        if (action == LinkAction.Decline && string.IsNullOrWhiteSpace(reason))
        {
            return Refuse(new ActionProblem(StatusCodes.Status400BadRequest, "reason", "required", Texts.ErrorReasonRequired.Value));
        }

        if (reason is { Length: > ClassResponses.MaxReasonLength })
        {
            return Refuse(new ActionProblem(StatusCodes.Status400BadRequest, "reason", "too-long", Texts.ErrorReasonTooLong.Format(ClassResponses.MaxReasonLength)));
        }

        if (!Answers.TryGetValue(id, out var answer) || Classes.All(k => k.Id != id))
        {
            return Refuse(new ActionProblem(StatusCodes.Status404NotFound, "classId", "not-found", Texts.NotFoundText.Format(Texts.ClassColumn.Value + " " + id)));
        }

        if (answer.Response is not null)
        {
            return Refuse(new ActionProblem(StatusCodes.Status409Conflict, "classId", "link-used", Texts.ErrorAnswered.Format(id)));
        }

        if (!answer.IsOpen(PlanId))
        {
            return Refuse(new ActionProblem(StatusCodes.Status409Conflict, "classId", "plan-replaced", Texts.ErrorNotAnswerable.Format(id)));
        }

        var outcome = await responses.RecordSignedInAsync(answer.Claims(action), reason, CurrentUser.From(User).Actor, cancellationToken);
        return outcome switch
        {
            ResponseOutcome.Recorded => Redirect(action == LinkAction.Accept
                ? $"/Classes?accepted={Uri.EscapeDataString(id)}"
                : $"/Classes?declined={Uri.EscapeDataString(id)}"),
            ResponseOutcome.ReasonRequired => Refuse(new ActionProblem(StatusCodes.Status400BadRequest, "reason", "required", Texts.ErrorReasonRequired.Value)),
            ResponseOutcome.AlreadyUsed => Refuse(new ActionProblem(StatusCodes.Status409Conflict, "classId", "link-used", Texts.ErrorAnswered.Format(id))),
            ResponseOutcome.PlanReplaced => Refuse(new ActionProblem(StatusCodes.Status409Conflict, "classId", "plan-replaced", Texts.ErrorNotAnswerable.Format(id))),
            ResponseOutcome.NotAnswerable => Refuse(new ActionProblem(StatusCodes.Status409Conflict, "classId", "cancelled", Texts.ErrorNotAnswerable.Format(id))),
            _ => Refuse(new ActionProblem(StatusCodes.Status404NotFound, "classId", "not-found", Texts.NotFoundText.Format(Texts.ClassColumn.Value + " " + id))),
        };
    }

    private PageResult Refuse(ActionProblem problem)
    {
        Problem = problem;
        Response.StatusCode = problem.Status;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Institution = CurrentUser.From(User).InstitutionId!;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        PlanId = await PlanInForce.FindIdAsync(connection, null, cancellationToken);
        if (PlanId is not { } planId)
        {
            return;
        }

        var all = await PlanReader.ReadClassesAsync(connection, null, planId, cancellationToken);
        Classes = [.. all.Where(c => c.Institution == Institution)];
        (HorizonStart, _) = await PlanQueries.HorizonAsync(connection, Classes, cancellationToken);
        Names = await ReferenceNames.ReadAsync(dataSource, cancellationToken);
        Answers = (await responses.ForInstitutionAsync(Institution, cancellationToken)).ToDictionary(a => a.ClassId, StringComparer.Ordinal);
    }
}
