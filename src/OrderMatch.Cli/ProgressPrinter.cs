using System.Globalization;
using OrderMatch.Solver;
using Spectre.Console;

namespace OrderMatch.Cli;

/// <summary>Live solver progress on the terminal: best objective, bound, gap, elapsed; at most one line a second.</summary>
internal sealed class ProgressPrinter(IAnsiConsole console) : IProgress<SolveProgress>
{
    private readonly Lock _gate = new();
    private double _lastPrinted = -1;

    public void Report(SolveProgress value)
    {
        lock (_gate)
        {
            if (value.Phase != "done" && value.Seconds - _lastPrinted < 1.0)
            {
                return;
            }

            _lastPrinted = value.Seconds;
            var gap = value.Gap is { } g ? g.ToString("P2", CultureInfo.InvariantCulture) : "n/a";
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[grey]{value.Seconds,7:0.0}s[/] slice {value.SlicesDone}/{value.SlicesTotal}  best {value.Incumbent,16:#,0.00}  bound {value.Bound,16:#,0.00}  gap {gap}"));
        }
    }
}
