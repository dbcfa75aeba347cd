using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;
using Spectre.Console;

namespace OrderMatch.Cli;

/// <summary>Reads scenario and plan files for commands, printing every problem with its JSON path and rule.</summary>
internal static class Inputs
{
    public static Scenario? ReadScenario(string path, IAnsiConsole console)
    {
        var result = LoadScenario(path, console);
        return result.IsValid ? result.Value : null;
    }

    /// <summary>Loads a scenario, printing its problems if it has any.</summary>
    public static LoadResult<Scenario> LoadScenario(string path, IAnsiConsole console)
    {
        var result = ScenarioLoader.LoadFile(path);
        if (!result.IsValid)
        {
            console.MarkupLine($"[red]{Markup.Escape(path)}: {result.Problems.Count} problem(s)[/]");
            PrintProblems(result.Problems, console);
        }

        return result;
    }

    /// <summary>Whether the file could not be read at all (missing, not UTF-8, not JSON) rather than breaking the format's rules.</summary>
    public static bool CannotBeRead(IReadOnlyList<ValidationProblem> problems) =>
        problems.Any(p => p.Rule is ValidationRules.File or ValidationRules.Encoding or ValidationRules.Json);

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
