using System.Globalization;
using Spectre.Console;

namespace OrderMatch.Cli;

/// <summary>
/// Output to a file or a pipe: no escape codes, and lines as wide as COLUMNS says or unwrapped, instead of Spectre's
/// 80-column default that splits messages and file paths across lines.
/// </summary>
internal static class TerminalSetup
{
    private const int RedirectedWidth = 1024;

    public static void Apply()
    {
        if (!Console.IsOutputRedirected)
        {
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0
            ? columns
            : RedirectedWidth;
        AnsiConsole.Console = console;
    }
}
