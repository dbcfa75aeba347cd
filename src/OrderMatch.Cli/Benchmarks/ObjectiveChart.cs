using System.Globalization;
using System.Security;
using System.Text;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// An SVG chart of each solver's best objective over wall-clock time (step lines; a marker where each run began
/// to have a plan, the line continuing to where the run ended). Written by hand: no charting package is available.
/// </summary>
internal static class ObjectiveChart
{
    private const double Width = 760;
    private const double Height = 400;
    private const double Left = 110;
    private const double Right = 200;
    private const double Top = 40;
    private const double Bottom = 50;
    private static readonly string[] Colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"];

    public static string Svg(string title, IReadOnlyList<SolverRun> runs)
    {
        var points = runs.SelectMany(r => r.Trace).ToList();
        var maxX = Math.Max(1, runs.Max(r => Math.Max(r.Seconds, r.Trace.Count > 0 ? r.Trace[^1].Seconds : 0))) * 1.05;
        var minY = points.Count > 0 ? points.Min(p => p.Objective) : 0;
        var maxY = points.Count > 0 ? points.Max(p => p.Objective) : 1;
        if (maxY - minY < 1e-9)
        {
            maxY = minY + Math.Max(1, Math.Abs(minY) * 0.01);
        }

        double X(double seconds) => Left + ((Width - Left - Right) * seconds / maxX);
        double Y(double objective) => Top + ((Height - Top - Bottom) * (maxY - objective) / (maxY - minY));

        var svg = new StringBuilder();
        svg.AppendLine(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">"));
        svg.AppendLine(Invariant($"<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>"));
        svg.AppendLine(Invariant($"<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">{Escape(title)}</text>"));
        Axes(svg, maxX, minY, maxY, X, Y);
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var colour = Colours[r % Colours.Length];
            var legendY = Top + 10 + (r * 20);
            svg.AppendLine(Invariant($"<line x1=\"{Width - Right + 15}\" y1=\"{legendY}\" x2=\"{Width - Right + 40}\" y2=\"{legendY}\" stroke=\"{colour}\" stroke-width=\"2.5\"/>"));
            svg.AppendLine(Invariant($"<text x=\"{Width - Right + 45}\" y=\"{legendY + 4}\">{Escape(run.Solver)}{(run.Trace.Count == 0 ? " (no plan)" : string.Empty)}</text>"));
            if (run.Trace.Count == 0)
            {
                continue;
            }

            var path = new StringBuilder(Invariant($"M {X(run.Trace[0].Seconds):0.0} {Y(run.Trace[0].Objective):0.0}"));
            for (var k = 1; k < run.Trace.Count; k++)
            {
                path.Append(Invariant($" H {X(run.Trace[k].Seconds):0.0} V {Y(run.Trace[k].Objective):0.0}"));
            }

            path.Append(Invariant($" H {X(Math.Max(run.Seconds, run.Trace[^1].Seconds)):0.0}"));
            svg.AppendLine(Invariant($"<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\"/>"));
            svg.AppendLine(Invariant($"<circle cx=\"{X(run.Trace[0].Seconds):0.0}\" cy=\"{Y(run.Trace[0].Objective):0.0}\" r=\"4\" fill=\"{colour}\"/>"));
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static void Axes(StringBuilder svg, double maxX, double minY, double maxY, Func<double, double> x, Func<double, double> y)
    {
        svg.AppendLine(Invariant($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>"));
        svg.AppendLine(Invariant($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>"));
        for (var t = 0; t <= 5; t++)
        {
            var seconds = maxX * t / 5;
            var objective = minY + ((maxY - minY) * t / 5);
            svg.AppendLine(Invariant($"<line x1=\"{x(seconds):0.0}\" y1=\"{Height - Bottom}\" x2=\"{x(seconds):0.0}\" y2=\"{Height - Bottom + 5}\" stroke=\"black\"/>"));
            svg.AppendLine(Invariant($"<text x=\"{x(seconds):0.0}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{seconds:0.#}</text>"));
            svg.AppendLine(Invariant($"<line x1=\"{Left - 5}\" y1=\"{y(objective):0.0}\" x2=\"{Width - Right}\" y2=\"{y(objective):0.0}\" stroke=\"#ddd\"/>"));
            svg.AppendLine(Invariant($"<text x=\"{Left - 8}\" y=\"{y(objective) + 4:0.0}\" text-anchor=\"end\">{objective:#,0}</text>"));
        }

        svg.AppendLine(Invariant($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\">seconds (wall clock)</text>"));
        svg.AppendLine(Invariant($"<text x=\"16\" y=\"{(Top + Height - Bottom) / 2}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {(Top + Height - Bottom) / 2})\">objective (yuan, lower is better)</text>"));
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
