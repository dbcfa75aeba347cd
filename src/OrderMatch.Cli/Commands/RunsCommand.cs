using System.CommandLine;
using OrderMatch.Cli.Configuration;
using OrderMatch.Data.Runs;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>`runs list | show ID | cancel ID`: planning runs in the database.</summary>
internal static class RunsCommand
{
    public static Command Create()
    {
        var command = new Command("runs", "Planning runs: list, show, cancel");
        command.Add(List());
        command.Add(Show());
        command.Add(Cancel());
        return command;
    }

    private static Command List()
    {
        var connection = DbCommand.ConnectionOption();
        var command = new Command("list", "The latest planning runs") { connection };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            await using var dataSource = DbCommand.OpenDataSource(parse.GetValue(connection));
            foreach (var run in await new PlanningRuns(dataSource).ListAsync(20, cancellationToken).ConfigureAwait(false))
            {
                AnsiConsole.MarkupLine(Markup.Escape($"{run.Id,6}  {run.CreatedAt:yyyy-MM-dd HH:mm:ss}  {run.RequestedBy,-10}  {RunFollower.Describe(run)}"
                    + (run.PlanId is { } p ? $"  plan {p}" : "")));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show()
    {
        var connection = DbCommand.ConnectionOption();
        var runId = new Argument<long>("run") { Description = "Run id" };
        var command = new Command("show", "One run's status and progress") { runId, connection };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            await using var dataSource = DbCommand.OpenDataSource(parse.GetValue(connection));
            var run = await new PlanningRuns(dataSource).GetAsync(parse.GetValue(runId), cancellationToken).ConfigureAwait(false);
            if (run is null)
            {
                AnsiConsole.MarkupLine($"[red]run: there is no run {parse.GetValue(runId)}[/]");
                return ExitCodes.Invalid;
            }

            AnsiConsole.MarkupLine(Markup.Escape($"run {run.Id}: {RunFollower.Describe(run)}" + (run.PlanId is { } p ? $", plan {p}" : "")
                + (run.Error is null ? "" : $", error: {run.Error}")));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Cancel()
    {
        var connection = DbCommand.ConnectionOption();
        var runId = new Argument<long>("run") { Description = "Run id" };
        var command = new Command("cancel", "Stop a queued or running run; it ends cancelled and writes no plan") { runId, connection };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.GuardAsync(AnsiConsole.Console, async () =>
        {
            await using var dataSource = DbCommand.OpenDataSource(parse.GetValue(connection));
            var id = parse.GetValue(runId);
            var status = await new PlanningRuns(dataSource).RequestCancelAsync(id, Environment.UserName, cancellationToken).ConfigureAwait(false);
            switch (status)
            {
                case null:
                    AnsiConsole.MarkupLine($"[red]run: there is no run {id}[/]");
                    return ExitCodes.Invalid;
                case RunStatus.Running:
                    AnsiConsole.MarkupLine($"run {id}: cancel requested; its worker stops it when the solver step under way ends (seconds; at most that step's share of the time limit)");
                    return ExitCodes.Ok;
                default:
                    AnsiConsole.MarkupLine($"run {id}: {status.Value.ToString().ToLowerInvariant()}");
                    return ExitCodes.Ok;
            }
        }));
        return command;
    }
}
