using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;
using OrderMatch.Data.Notifications;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Localization;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Notifications;

/// <summary>
/// For coordinators and admins: the emails that failed (each can be queued again) and the classes institutions
/// declined, unread first marked, with a button marking them all seen — the badge in the header counts both.
/// </summary>
[Authorize(Policy = Policies.Planning)]
public sealed class IndexModel(OutboxStore outbox, ClassResponses responses, NpgsqlDataSource dataSource) : PageModel
{
    private const int ListLimit = 200;

    public OutboxSummary Summary { get; private set; } = new(0, 0, 0);

    public IReadOnlyList<OutboxMessage> Failed { get; private set; } = [];

    public IReadOnlyList<DeclineView> Declines { get; private set; } = [];

    public ReferenceNames Names { get; private set; } = ReferenceNames.Empty;

    public string? Notice { get; private set; }

    public ActionProblem? Problem { get; private set; }

    public async Task OnGetAsync(long? retried, int? seen, CancellationToken cancellationToken)
    {
        Notice = retried is { } id ? Texts.OutboxRetriedNotice.Format(id) : seen is { } count ? Texts.DeclinesSeenNotice.Format(count) : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        var message = await outbox.GetAsync(id, cancellationToken);
        if (message is null)
        {
            return await RefuseAsync(new ActionProblem(StatusCodes.Status404NotFound, "id", "not-found", Texts.ErrorNoSuchMessage.Format(id)),
                cancellationToken);
        }

        if (!await outbox.RetryAsync(id, CurrentUser.From(User).Actor, cancellationToken))
        {
            return await RefuseAsync(new ActionProblem(StatusCodes.Status409Conflict, "id", "not-failed",
                Texts.ErrorNotFailed.Format(id, StatusTexts.Outbox(message.Status))), cancellationToken);
        }

        return Redirect($"/Notifications?retried={id}");
    }

    public async Task<IActionResult> OnPostSeenAsync(CancellationToken cancellationToken)
    {
        var count = await responses.MarkDeclinesSeenAsync(CurrentUser.From(User).Actor, cancellationToken);
        return Redirect($"/Notifications?seen={count}");
    }

    private async Task<IActionResult> RefuseAsync(ActionProblem problem, CancellationToken cancellationToken)
    {
        Problem = problem;
        Response.StatusCode = problem.Status;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Summary = await outbox.SummaryAsync(cancellationToken);
        Failed = await outbox.ListAsync([OutboxStatus.Failed], ListLimit, cancellationToken);
        Declines = await responses.DeclinesAsync(unseenOnly: false, ListLimit, cancellationToken);
        Names = await ReferenceNames.ReadAsync(dataSource, cancellationToken);
    }
}
