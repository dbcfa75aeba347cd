using System.Globalization;
using System.Text.RegularExpressions;

namespace OrderMatch.Solver.Cbc;

/// <summary>
/// Turns CBC log messages (number + numeric fields, as delivered to the message callback)
/// into <see cref="CbcProgress"/> reports. Values arrive in CBC's internal minimisation sense
/// and are flipped by <paramref name="sense"/> (+1 minimise, −1 maximise).
/// Thread-safe: CBC may log from several threads.
/// </summary>
internal sealed partial class CbcProgressTracker(IProgress<CbcProgress> sink, double sense)
{
    // Cbc message numbers (CbcMessage.cpp) and the positions of their numeric fields.
    private const int EndGood = 1;              // best; its, nodes; seconds
    private const int Solution = 4;             // obj, seconds; its, nodes
    private const int EndPartial = 5;           // best, possible, seconds; its, nodes
    private const int Status = 10;              // best, possible, seconds; nodes, on tree
    private const int Rounding = 12;            // obj, seconds; its, nodes
    private const int StrongSolution = 16;      // obj, seconds; its, nodes
    private const int TreeSolution = 24;        // obj, seconds; its, nodes
    private const int AlternateSolution = 33;   // obj, seconds; its, nodes
    private const int HeuristicText = 38;       // free text, e.g. "Solution found of -3927"
    private const double NoValue = 1e49;

    private readonly Lock gate = new();
    private double? incumbent;
    private double? bound;
    private double seconds;
    private long nodes;

    /// <summary>Number of reports delivered so far.</summary>
    public int Reports { get; private set; }

    public void OnMessage(int number, ReadOnlySpan<double> doubles, ReadOnlySpan<int> ints, IReadOnlyList<string> texts)
    {
        CbcProgress? report;
        lock (gate)
        {
            report = number switch
            {
                Status when doubles.Length >= 3 && ints.Length >= 1 =>
                    Update(doubles[0], doubles[1], doubles[2], ints[0]),
                EndPartial when doubles.Length >= 3 && ints.Length >= 2 =>
                    Update(doubles[0], doubles[1], doubles[2], ints[1]),
                EndGood or Solution or Rounding or StrongSolution or TreeSolution or AlternateSolution
                    when doubles.Length >= 2 && ints.Length >= 2 =>
                    Update(doubles[0], null, doubles[1], ints[1]),
                HeuristicText when texts.Count > 0 && TryParseHeuristicSolution(texts[0], out var value) =>
                    Update(value, null, null, null),
                _ => null,
            };

            if (report is not null)
            {
                Reports++;
            }
        }

        if (report is not null)
        {
            sink.Report(report);
        }
    }

    private CbcProgress? Update(double? newIncumbent, double? newBound, double? newSeconds, long? newNodes)
    {
        var changed = false;
        if (newIncumbent is { } value && Math.Abs(value) < NoValue && (incumbent is null || value < incumbent))
        {
            incumbent = value;
            changed = true;
        }

        if (newBound is { } possible && Math.Abs(possible) < NoValue && (bound is null || possible > bound))
        {
            bound = possible;
            changed = true;
        }

        seconds = newSeconds ?? seconds;
        nodes = newNodes ?? nodes;
        return changed || newNodes is not null
            ? new CbcProgress(Flip(incumbent), Flip(bound is { } b && incumbent is { } i ? Math.Min(b, i) : bound), seconds, nodes)
            : null;
    }

    private double? Flip(double? value) => value is { } v ? sense * v : null;

    private static bool TryParseHeuristicSolution(string text, out double value)
    {
        var match = HeuristicSolutionPattern().Match(text);
        value = 0;
        return match.Success
            && double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^(?:Solution found of|Rounding solution of) (?<value>[-+0-9.eE]+)")]
    private static partial Regex HeuristicSolutionPattern();
}
