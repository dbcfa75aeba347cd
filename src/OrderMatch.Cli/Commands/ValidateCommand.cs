using System.CommandLine;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>`validate SCENARIO`: reports every problem with its JSON path and the rule broken.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var scenarioPath = new Argument<FileInfo>("scenario") { Description = "Scenario JSON file" };
        var command = new Command("validate", "Validate a scenario file against the interchange format") { scenarioPath };
        command.SetAction(parse =>
        {
            var console = AnsiConsole.Console;
            var file = parse.GetValue(scenarioPath)!;
            if (!file.Exists)
            {
                console.MarkupLine($"[red]{Markup.Escape(file.FullName)}: no such file[/]");
                return ExitCodes.Unreadable;
            }

            var result = Inputs.LoadScenario(file.FullName, console);
            if (!result.IsValid || result.Value is not { } scenario)
            {
                return Inputs.CannotBeRead(result.Problems) ? ExitCodes.Unreadable : ExitCodes.Invalid;
            }

            console.MarkupLine($"[green]valid[/]: scenario \"{Markup.Escape(scenario.Name)}\"");
            ScenarioSummary.Print(scenario, console);
            return ExitCodes.Ok;
        });
        return command;
    }
}
