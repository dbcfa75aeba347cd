using System.CommandLine;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Json;
using OrderMatch.Solver;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>`solve SCENARIO -o PLAN [--time-limit SEC] [--threads N] [--seed N]`: the optimizer, with live progress and a summary.</summary>
internal static class SolveCommand
{
    public static Command Create()
    {
        var scenarioPath = new Argument<FileInfo>("scenario") { Description = "Scenario JSON file" };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Plan file to write", Required = true };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds the search may take", DefaultValueFactory = _ => 60 };
        var threads = ThreadsOption.Create();
        var seed = new Option<int>("--seed") { Description = "Random seed of the solver", DefaultValueFactory = _ => 1 };
        var command = new Command("solve", "Optimize a scenario into a plan") { scenarioPath, output, timeLimit, threads, seed };
        command.SetAction((parse, cancellationToken) =>
        {
            var console = AnsiConsole.Console;
            var scenario = Inputs.ReadScenario(parse.GetValue(scenarioPath)!.FullName, console);
            if (scenario is null)
            {
                return Task.FromResult(ExitCodes.Unreadable);
            }

            var limit = parse.GetValue(timeLimit);
            var threadCount = parse.GetValue(threads);
            if (limit <= 0 || threadCount < 1)
            {
                console.MarkupLine("[red]--time-limit must be positive and --threads at least 1[/]");
                return Task.FromResult(ExitCodes.Invalid);
            }

            var options = new SolveOptions { TimeLimitSeconds = limit, Threads = threadCount, Seed = parse.GetValue(seed) };
            console.MarkupLine($"solving [bold]{Markup.Escape(scenario.Name)}[/]: {scenario.Orders.Count} orders, {scenario.Orders.Sum(o => o.Trainees)} trainees, time limit {limit} s");
            SolveReport report;
            try
            {
                report = PlanOptimizer.Solve(scenario, options, new ProgressPrinter(console), cancellationToken);
            }
            catch (PinConflictException e)
            {
                console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
                return Task.FromResult(ExitCodes.Invalid);
            }

            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            File.WriteAllText(file.FullName, FormatJson.Serialize(report.Plan), new System.Text.UTF8Encoding(false));
            console.MarkupLine($"[green]wrote[/] {Markup.Escape(file.FullName)} ({report.Plan.Classes.Count} classes, {report.Slices} slice(s), {report.Candidates} candidate classes{(report.DivedClasses is { } dived ? $", started from {dived} classes of the LP dive" : string.Empty)})");
            PlanSummary.Print(report.Plan, console);
            console.MarkupLine("phases: " + string.Join(", ", report.Phases.Select(p =>
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Phase} {p.Seconds:0.0} s"))));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
