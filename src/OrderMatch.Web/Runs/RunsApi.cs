using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderMatch.Data.Runs;
using OrderMatch.Jobs.Runs;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Runs;

/// <summary>
/// /api/runs for coordinators and admins: queue a planning run (the clustered workers execute it), list and read runs,
/// ask one to stop, and follow one as server-sent events until it finishes.
/// </summary>
public static class RunsApi
{
    private const int ListLimit = 50;

    public static IEndpointRouteBuilder MapRunsApi(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/runs")
            .RequireAuthorization(Policies.Planning)
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithTags("runs");
        runs.MapPost("/", StartAsync);
        runs.MapGet("/", ListAsync);
        runs.MapGet("/{id:long}", GetAsync);
        runs.MapPost("/{id:long}/cancel", CancelAsync);
        runs.MapGet("/{id:long}/events", EventsAsync);
        return app;
    }

    private static async Task<Results<Accepted<PlanningRun>, ValidationProblem>> StartAsync(HttpRequest request, ClaimsPrincipal principal,
        RunRequests requests, PlanningRuns runs, RunServiceSettings settings, CancellationToken cancellationToken)
    {
        // An absent body asks for the defaults; a present one must be a well-formed JSON object.
        var (body, errors) = request.ContentLength is 0 || (request.ContentLength is null && !request.HasJsonContentType())
            ? (new RunRequestBody(null, null, null), new FieldErrors())
            : await JsonBody.ReadAsync<RunRequestBody>(request, cancellationToken);
        if (body is null)
        {
            return errors.ToResult();
        }

        var options = new RunOptions
        {
            TimeLimitSeconds = body.TimeLimitSeconds ?? settings.DefaultTimeLimitSeconds,
            Threads = body.Threads ?? 1,
            Seed = body.Seed ?? 1,
            Partitions = body.Partitions ?? 1,
        };
        if (options.Problem() is { } problem)
        {
            return new FieldErrors().Add(problem[..problem.IndexOf(' ', StringComparison.Ordinal)], "range", problem).ToResult();
        }

        var id = await requests.StartAsync(CurrentUser.From(principal).Actor, options, cancellationToken);
        var run = await runs.GetAsync(id, cancellationToken);
        return TypedResults.Accepted($"/api/runs/{id}", run);
    }

    private static async Task<Ok<IReadOnlyList<PlanningRun>>> ListAsync(PlanningRuns runs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runs.ListAsync(ListLimit, cancellationToken));

    private static async Task<Results<Ok<PlanningRun>, ProblemHttpResult>> GetAsync(long id, PlanningRuns runs, CancellationToken cancellationToken) =>
        await runs.GetAsync(id, cancellationToken) is { } run ? TypedResults.Ok(run) : ProblemResults.NotFound("run", Text(id));

    private static async Task<Results<Ok<PlanningRun>, ProblemHttpResult>> CancelAsync(long id, ClaimsPrincipal principal, PlanningRuns runs,
        CancellationToken cancellationToken)
    {
        var status = await runs.RequestCancelAsync(id, CurrentUser.From(principal).Actor, cancellationToken);
        return status is not null && await runs.GetAsync(id, cancellationToken) is { } run
            ? TypedResults.Ok(run)
            : ProblemResults.NotFound("run", Text(id));
    }

    private static async Task<Results<ServerSentEventsResult<PlanningRun>, ProblemHttpResult>> EventsAsync(long id, PlanningRuns runs,
        RunServiceSettings settings, CancellationToken cancellationToken)
    {
        var first = await runs.GetAsync(id, cancellationToken);
        return first is null
            ? ProblemResults.NotFound("run", Text(id))
            : TypedResults.ServerSentEvents(FollowAsync(first, runs, settings.ProgressInterval, cancellationToken));
    }

    /// <summary>One "progress" event per change of the run, the last one ("finished") when it reaches a final status.</summary>
    private static async IAsyncEnumerable<SseItem<PlanningRun>> FollowAsync(PlanningRun first, PlanningRuns runs, TimeSpan interval,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var poll = TimeSpan.FromMilliseconds(Math.Clamp(interval.TotalMilliseconds / 2, 100, 2000));
        var run = first;
        PlanningRun? sent = null;
        while (true)
        {
            if (sent is null || run != sent)
            {
                yield return new SseItem<PlanningRun>(run, run.IsFinished ? "finished" : "progress");
                sent = run;
            }

            if (run.IsFinished)
            {
                yield break;
            }

            await Task.Delay(poll, cancellationToken);
            run = await runs.GetAsync(run.Id, cancellationToken) ?? run;
        }
    }

    private static string Text(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
