using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;
using Spectre.Console;

namespace OrderMatch.Cli;

/// <summary>Reads scenario and plan files for commands, printing every problem with its JSON path and rule.</summary>
internal static class Inputs
{
    public static Scenario? ReadScenario(string path, IAnsiConsole console)
    {
        var result = ScenarioLoader.LoadFile(path);
        if (result.IsValid)
        {
            return result.Value;
        }

        console.MarkupLine($"[red]{Markup.Escape(path)}: {result.Problems.Count} problem(s)[/]");
        PrintProblems(result.Problems, console);
        return null;
    }

    public static Plan? ReadPlan(string path, IAnsiConsole console)
    {
        var result = PlanLoader.LoadFile(path);
        if (result.IsValid)
        {
            return result.Value;
        }

        console.MarkupLine($"[red]{Markup.Escape(path)}: {result.Problems.Count} problem(s)[/]");
        PrintProblems(result.Problems, console);
        return null;
    }

    public static void PrintProblems(IReadOnlyList<ValidationProblem> problems, IAnsiConsole console)
    {
        foreach (var p in problems)
        {
            console.MarkupLine($"  [yellow]{Markup.Escape(p.Path)}[/] [grey]({Markup.Escape(p.Rule)})[/] {Markup.Escape(p.Message)}");
        }
    }
}
