using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderMatch.Data.Notifications;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Respond;

/// <summary>
/// For coordinators and admins: the email outbox (GET /api/outbox?status=failed,pending; POST /api/outbox/{id}/retry
/// queues a failed message again) and the notifications badge (GET /api/notifications/summary: pending and failed
/// messages, unread declines; GET /api/notifications/declines; POST /api/notifications/declines/seen).
/// </summary>
public static class OutboxApi
{
    private const int ListLimit = 200;

    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder app)
    {
        var outbox = app.MapGroup("/api/outbox").RequireAuthorization(Policies.Planning).AddEndpointFilter<CookieAntiforgeryFilter>().WithTags("notifications");
        outbox.MapGet("/", ListAsync);
        outbox.MapPost("/{id:long}/retry", RetryAsync);
        var notifications = app.MapGroup("/api/notifications").RequireAuthorization(Policies.Planning)
            .AddEndpointFilter<CookieAntiforgeryFilter>().WithTags("notifications");
        notifications.MapGet("/summary", SummaryAsync);
        notifications.MapGet("/declines", DeclinesAsync);
        notifications.MapPost("/declines/seen", SeenAsync);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<OutboxMessageView>>, ValidationProblem>> ListAsync(string? status, OutboxStore store,
        CancellationToken cancellationToken)
    {
        var statuses = new List<OutboxStatus>();
        foreach (var part in (status ?? "failed,pending,sending").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<OutboxStatus>(part, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsDigit(part[0]))
            {
                return new FieldErrors().Add("status", "enum", $"status '{part}' must be pending, sending, sent or failed (comma-separated)").ToResult();
            }

            statuses.Add(parsed);
        }

        if (statuses.Count == 0)
        {
            return new FieldErrors().Add("status", "enum", "status names no status: give pending, sending, sent or failed (comma-separated), or leave it out").ToResult();
        }

        var messages = await store.ListAsync(statuses, ListLimit, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<OutboxMessageView>>([.. messages.Select(OutboxMessageView.Of)]);
    }

    private static async Task<Results<Ok<OutboxMessageView>, ProblemHttpResult>> RetryAsync(long id, ClaimsPrincipal principal, OutboxStore store,
        CancellationToken cancellationToken)
    {
        var message = await store.GetAsync(id, cancellationToken);
        if (message is null)
        {
            return ProblemResults.NotFound("outbox message", id.ToString(CultureInfo.InvariantCulture));
        }

        if (!await store.RetryAsync(id, CurrentUser.From(principal).Actor, cancellationToken))
        {
            return ProblemResults.Problem(StatusCodes.Status409Conflict, "not failed",
                $"outbox message {id} is {message.Status.ToString().ToLowerInvariant()}: only a failed message can be retried", "not-failed", "id");
        }

        return TypedResults.Ok(OutboxMessageView.Of((await store.GetAsync(id, cancellationToken))!));
    }

    private static async Task<Ok<OutboxSummary>> SummaryAsync(OutboxStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.SummaryAsync(cancellationToken));

    private static async Task<Ok<IReadOnlyList<DeclineView>>> DeclinesAsync(bool? unread, ClassResponses responses, CancellationToken cancellationToken) =>
        TypedResults.Ok(await responses.DeclinesAsync(unread ?? false, ListLimit, cancellationToken));

    private static async Task<Ok<SeenCount>> SeenAsync(ClaimsPrincipal principal, ClassResponses responses, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SeenCount(await responses.MarkDeclinesSeenAsync(CurrentUser.From(principal).Actor, cancellationToken)));
}
