using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrderMatch.Data.Runs;
using OrderMatch.Jobs.Runs;
using OrderMatch.Web.Auth;
using OrderMatch.Web.Localization;
using OrderMatch.Web.Problems;
using OrderMatch.Web.Ui;

namespace OrderMatch.Web.Pages.Runs;

/// <summary>
/// The planning runs, newest first, with live progress (runs.js follows each open run's server-sent events), a form
/// to start a run and a button to cancel an open one.
/// </summary>
[Authorize(Policy = Policies.Planning)]
public sealed class IndexModel(PlanningRuns runs, RunRequests requests, RunServiceSettings settings) : PageModel
{
    private const int ListLimit = 50;

    public IReadOnlyList<PlanningRun> Runs { get; private set; } = [];

    public string TimeLimitSeconds { get; private set; } = "";

    public string Seed { get; private set; } = "1";

    public string? Notice { get; private set; }

    public IReadOnlyList<FieldProblem> Problems { get; private set; } = [];

    public IReadOnlyList<FieldProblem> For(string field) => [.. Problems.Where(p => p.Field == field)];

    /// <summary>How far a run is: the share of its time limit used, or all of it once it is finished.</summary>
    public static int Percent(PlanningRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.IsFinished)
        {
            return 100;
        }

        var elapsed = run.Progress?.ElapsedSeconds ?? 0;
        return (int)Math.Clamp(Math.Round(100 * elapsed / run.Options.TimeLimitSeconds), 0, 99);
    }

    public async Task OnGetAsync(long? started, long? cancelled, CancellationToken cancellationToken)
    {
        Notice = started is { } s ? Texts.RunsStarted.Format(s) : cancelled is { } c ? Texts.RunsCancelRequested.Format(c) : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostStartAsync(string? timeLimitSeconds, string? seed, CancellationToken cancellationToken)
    {
        TimeLimitSeconds = timeLimitSeconds ?? "";
        Seed = seed ?? "";
        var errors = new FieldErrors();
        var limit = Parse(timeLimitSeconds, "timeLimitSeconds", settings.DefaultTimeLimitSeconds, errors);
        var options = new RunOptions { TimeLimitSeconds = limit, Seed = ParseSeed(seed, errors) };
        if (errors.IsEmpty && options.Problem() is { } problem)
        {
            errors.Add(problem[..problem.IndexOf(' ', StringComparison.Ordinal)], "range", problem);
        }

        if (!errors.IsEmpty)
        {
            Problems = FieldProblem.From(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken, keepForm: true);
            return Page();
        }

        var id = await requests.StartAsync(CurrentUser.From(User).Actor, options, cancellationToken);
        return Redirect($"/Runs?started={id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(long id, CancellationToken cancellationToken)
    {
        var status = await runs.RequestCancelAsync(id, CurrentUser.From(User).Actor, cancellationToken);
        if (status is null)
        {
            return NotFound();
        }

        return Redirect($"/Runs?cancelled={id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken, bool keepForm = false)
    {
        Runs = await runs.ListAsync(ListLimit, cancellationToken);
        if (!keepForm)
        {
            TimeLimitSeconds = settings.DefaultTimeLimitSeconds.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static double Parse(string? text, string field, double fallback, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, "type", $"{field} \"{text}\" is not a number");
        return fallback;
    }

    private static int ParseSeed(string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add("seed", "type", $"seed \"{text}\" is not a whole number");
        return 1;
    }
}
