using System.Globalization;
using OrderMatch.Data.Runs;
using Spectre.Console;

namespace OrderMatch.Cli;

/// <summary>
/// Follows a planning run until it finishes: a live progress bar on a terminal (elapsed against the time limit, with
/// phase, best objective, bound and gap), or one plain line per change when the output is redirected.
/// </summary>
internal static class RunFollower
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    public static async Task<PlanningRun> FollowAsync(PlanningRuns runs, long runId, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (Console.IsOutputRedirected)
        {
            return await FollowPlainAsync(runs, runId, console, cancellationToken).ConfigureAwait(false);
        }

        PlanningRun? last = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"run {runId}: queued", maxValue: 1);
                while (true)
                {
                    last = await GetAsync(runs, runId, cancellationToken).ConfigureAwait(false);
                    task.Description = Markup.Escape($"run {runId}: {Describe(last)}");
                    task.Value = Fraction(last);
                    if (last.IsFinished)
                    {
                        task.Value = 1;
                        return;
                    }

                    await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        return last!;
    }

    private static async Task<PlanningRun> FollowPlainAsync(PlanningRuns runs, long runId, IAnsiConsole console, CancellationToken cancellationToken)
    {
        string? printed = null;
        while (true)
        {
            var run = await GetAsync(runs, runId, cancellationToken).ConfigureAwait(false);
            var line = string.Create(CultureInfo.InvariantCulture, $"run {runId}: {Describe(run)}");
            if (line != printed)
            {
                console.MarkupLine(Markup.Escape(line));
                printed = line;
            }

            if (run.IsFinished)
            {
                return run;
            }

            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<PlanningRun> GetAsync(PlanningRuns runs, long runId, CancellationToken cancellationToken) =>
        await runs.GetAsync(runId, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"run {runId} does not exist");

    public static string Describe(PlanningRun run)
    {
        var status = run.Status.ToString().ToLowerInvariant();
        if (run.Progress is not { } p || run.Status == RunStatus.Queued)
        {
            return run.Status == RunStatus.Queued ? "queued, waiting for a worker" : status;
        }

        var gap = p.Gap is { } g ? g.ToString("P2", CultureInfo.InvariantCulture) : "n/a";
        var worker = run.Worker is null ? "" : $" on {run.Worker}";
        if (run.IsFinished)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{status}{worker} after {p.ElapsedSeconds:0.0}s");
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{status}{worker}, {p.Phase}, {p.ElapsedSeconds:0}s, slice {p.SlicesDone}/{p.SlicesTotal}, best {Money(p.Incumbent)}, bound {Money(p.Bound)}, gap {gap}");
    }

    private static string Money(double? value) => value is { } v ? v.ToString("#,0.00", CultureInfo.InvariantCulture) : "n/a";

    private static double Fraction(PlanningRun run) =>
        run.Progress is { } p && run.Options.TimeLimitSeconds > 0 ? Math.Clamp(p.ElapsedSeconds / run.Options.TimeLimitSeconds, 0, 0.99) : 0;
}
