using System.CommandLine;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Json;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>`generate --tier S|M|L --seed N -o FILE`: a synthetic, realistic scenario, identical for the same tier and seed.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var tier = new Option<Tier>("--tier", "-t") { Description = "Size tier: S (a city), M (a metropolis), L (a province)", Required = true };
        var seed = new Option<int>("--seed", "-s") { Description = "Random seed; the same seed gives the same file", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Scenario file to write", Required = true };
        var command = new Command("generate", "Generate a synthetic scenario (deterministic per seed)") { tier, seed, output };
        command.SetAction(parse =>
        {
            var console = AnsiConsole.Console;
            var scenario = ScenarioGenerator.Generate(parse.GetValue(tier), parse.GetValue(seed));
            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            File.WriteAllText(file.FullName, FormatJson.Serialize(scenario), new System.Text.UTF8Encoding(false));
            console.MarkupLine($"[green]wrote[/] {Markup.Escape(file.FullName)}");
            ScenarioSummary.Print(scenario, console);
            return ExitCodes.Ok;
        });
        return command;
    }
}
