using System.Globalization;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>The `--seeds` option of the bench commands: comma-separated integers, at least one.</summary>
internal static class SeedList
{
    /// <summary>The seeds, or null after printing which part of the option is wrong.</summary>
    public static List<int>? Parse(string text, IAnsiConsole console)
    {
        var list = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
            {
                console.MarkupLine($"[red]--seeds: '{Markup.Escape(part)}' is not an integer (expected e.g. 1,2,3)[/]");
                return null;
            }

            list.Add(seed);
        }

        if (list.Count == 0)
        {
            console.MarkupLine("[red]--seeds: at least one seed is required (e.g. 1,2,3)[/]");
            return null;
        }

        return list;
    }
}
