using System.CommandLine;
using Npgsql;
using OrderMatch.Cli.Configuration;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Runs;
using OrderMatch.Domain.Json;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>
/// `run [--time-limit SEC] [--threads N] [--seed N] [--partitions N] [--wait]`: queue a planning run for the workers; with --wait,
/// follow it with a live progress bar and print the plan's summary. Exit 0 when it succeeded, 1 when it failed or
/// was cancelled.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var connection = DbCommand.ConnectionOption();
        var timeLimit = new Option<double?>("--time-limit") { Description = "Seconds the search may take (default: Planning:DefaultTimeLimitSeconds)" };
        var threads = ThreadsOption.Create();
        var seed = new Option<int>("--seed") { Description = "Random seed of the solver", DefaultValueFactory = _ => 1 };
        var partitions = new Option<int>("--partitions")
        {
            Description = "Split the run into this many partitions (by region), each solved as its own job, then merged (1-32)",
            DefaultValueFactory = _ => 1,
        };
        var wait = new Option<bool>("--wait") { Description = "Follow the run until it finishes and print the plan's summary" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "With --wait: also write the plan to this file (FORMAT.md JSON)" };
        var command = new Command("run", "Queue a planning run on the database's current orders") { timeLimit, threads, seed, partitions, wait, output, connection };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            var console = AnsiConsole.Console;
            var options = new RunOptions
            {
                TimeLimitSeconds = parse.GetValue(timeLimit) ?? CliConfiguration.Planning(CliConfiguration.Build(parse.GetValue(connection))).DefaultTimeLimitSeconds,
                Threads = parse.GetValue(threads),
                Seed = parse.GetValue(seed),
                Partitions = parse.GetValue(partitions),
            };
            if (options.Problem() is { } problem)
            {
                console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                return ExitCodes.Invalid;
            }

            await using var client = new ClusterClient(parse.GetValue(connection));
            var runId = await client.Requests.StartAsync(Environment.UserName, options, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"run [bold]{runId}[/] queued (time limit {options.TimeLimitSeconds} s)");
            if (!parse.GetValue(wait))
            {
                return ExitCodes.Ok;
            }

            var run = await RunFollower.FollowAsync(client.Runs, runId, console, cancellationToken).ConfigureAwait(false);
            return await ReportAsync(client.DataSource, run, parse.GetValue(output), console, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    public static async Task<int> ReportAsync(NpgsqlDataSource dataSource, PlanningRun run, FileInfo? output, IAnsiConsole console,
        CancellationToken cancellationToken)
    {
        if (run.Status != RunStatus.Succeeded || run.PlanId is not { } planId)
        {
            console.MarkupLine($"[red]run {run.Id} {run.Status.ToString().ToLowerInvariant()}[/]{(run.Error is null ? "" : ": " + Markup.Escape(run.Error))}");
            return ExitCodes.Invalid;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var stored = await PlanReader.ReadAsync(connection, null, planId, cancellationToken).ConfigureAwait(false);
        console.MarkupLine($"[green]run {run.Id} succeeded[/] on {Markup.Escape(run.Worker ?? "?")}: plan [bold]{planId}[/] (proposed; export it with `ordermatch db export --plan {planId} -o plan.json`)");
        PlanSummary.Print(stored!.Plan, console);
        if (output is not null)
        {
            output.Directory?.Create();
            await File.WriteAllTextAsync(output.FullName, FormatJson.Serialize(stored.Plan), new System.Text.UTF8Encoding(false), cancellationToken)
                .ConfigureAwait(false);
            console.MarkupLine($"[green]wrote[/] {Markup.Escape(output.FullName)}");
        }

        return ExitCodes.Ok;
    }
}
