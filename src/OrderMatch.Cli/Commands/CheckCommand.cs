using System.CommandLine;
using System.Globalization;
using OrderMatch.Domain.Checking;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>
/// `check SCENARIO PLAN`: verifies hard rules H1–H17 and recomputes the objective. Exit 0 only if the plan is valid and
/// its objective matches to the cent, 1 otherwise, 2 when either file cannot be read.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var scenarioPath = new Argument<FileInfo>("scenario") { Description = "Scenario JSON file" };
        var planPath = new Argument<FileInfo>("plan") { Description = "Plan JSON file" };
        var command = new Command("check", "Check a plan against a scenario: hard rules H1–H17, objective and KPIs") { scenarioPath, planPath };
        command.SetAction(parse =>
        {
            var console = AnsiConsole.Console;
            var scenario = Inputs.ReadScenario(parse.GetValue(scenarioPath)!.FullName, console);
            var plan = scenario is null ? null : Inputs.ReadPlan(parse.GetValue(planPath)!.FullName, console);
            if (scenario is null || plan is null)
            {
                return ExitCodes.Unreadable;
            }

            var report = PlanChecker.Check(scenario, plan);
            Print(report, console);
            return report.Passes ? ExitCodes.Ok : ExitCodes.Invalid;
        });
        return command;
    }

    private static void Print(CheckReport report, IAnsiConsole console)
    {
        foreach (var group in report.ByRule())
        {
            console.MarkupLine($"[red]{group.Key}[/]: {group.Count()} violation(s)");
            foreach (var v in group)
            {
                console.MarkupLine($"  {Markup.Escape(v.Message)}");
            }
        }

        if (report.ObjectiveMatches)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"objective matches: {report.RecomputedTotal:0.00}"));
        }
        else
        {
            console.MarkupLine("[red]objective does not match[/]");
            foreach (var line in report.ObjectiveMismatches)
            {
                console.MarkupLine($"  {Markup.Escape(line)}");
            }
        }

        console.MarkupLine(report.Passes ? "[green]plan is valid[/]" : $"[red]plan is invalid[/] ({report.Violations.Count} violation(s))");
    }
}
