using System.Globalization;
using System.Text;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>The GAP benchmark as Markdown: one row per instance (medians over the runs) and a summary of the targets.</summary>
internal static class GapReport
{
    public static string Markdown(IReadOnlyList<GapBenchmarkRow> rows, double timeLimitSeconds, int runs, string commandLine)
    {
        var text = new StringBuilder();
        text.AppendLine("# GAP benchmark: allocation core vs cbc");
        text.AppendLine();
        text.AppendLine(Invariant($"Command: `{commandLine}`  "));
        text.AppendLine(Invariant($"Time limit {timeLimitSeconds:0.###} s per instance and solver (wall clock), {runs} run(s) each; figures are medians over the runs. Minimisation. "));
        text.AppendLine(Invariant($"Machine: {Environment.ProcessorCount} logical CPU(s), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC."));
        text.AppendLine();
        text.AppendLine("| file | instance | m×n | best known | core cost | core gap % | core bound | core proven | core s | cbc cost | cbc gap % | cbc s | core ≤ cbc |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var coreSeconds = Median.Of(r.Core.Select(x => x.Seconds));
            var bound = Median.OfKnown(r.Core.Select(x => x.Bound));
            var proven = r.Core.Count(x => x.Optimal);
            var cbcSeconds = r.Cbc.Count > 0 ? Median.Of(r.Cbc.Select(x => x.Seconds)) : (double?)null;
            text.AppendLine(Invariant(
                $"| {r.File} | {r.Instance} | {r.Agents}×{r.Jobs} | {Num(r.BestKnown)} | {Num(r.CoreCost)} | {Pct(r.CoreGapToBest)} | {Num(bound)} | {proven}/{r.Core.Count} | {coreSeconds:0.00} | {Num(r.CbcCost)} | {Pct(r.CbcGapToBest)} | {Seconds(cbcSeconds)} | {NotWorse(r)} |"));
        }

        text.AppendLine();
        text.AppendLine("## Summary");
        text.AppendLine();
        var withBest = rows.Where(r => r.BestKnown is not null).ToList();
        text.AppendLine(Invariant($"- instances: {rows.Count}; with a best-known value: {withBest.Count}"));
        text.AppendLine(Invariant($"- core reaches the best-known value: {withBest.Count(r => r.CoreCost <= r.BestKnown)}; within 1 %: {withBest.Count(r => r.CoreGapToBest <= 0.01)}"));
        text.AppendLine(Invariant($"- core proves optimality (bound = cost) in every run: {rows.Count(r => r.Core.All(x => x.Optimal))}"));
        text.AppendLine(Invariant($"- slowest core median: {(rows.Count > 0 ? rows.Max(r => Median.Of(r.Core.Select(x => x.Seconds))) : 0):0.00} s"));
        var compared = rows.Where(r => r.Cbc.Count > 0).ToList();
        if (compared.Count > 0)
        {
            text.AppendLine(Invariant($"- cbc reaches the best-known value: {withBest.Count(r => r.Cbc.Count > 0 && r.CbcCost <= r.BestKnown)}; within 1 %: {withBest.Count(r => r.CbcGapToBest <= 0.01)}"));
            text.AppendLine(Invariant($"- core not worse than cbc at the same time: {compared.Count(r => NotWorse(r) == "yes")} of {compared.Count}"));
        }

        return text.ToString();
    }

    private static string NotWorse(GapBenchmarkRow r) =>
        r.Cbc.Count == 0 ? "–" : r.CoreCost is not { } core ? "no" : r.CbcCost is not { } cbc || core <= cbc ? "yes" : "no";

    private static string Num(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "–";

    private static string Num(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "–";

    private static string Pct(double? value) => value is { } v ? (v * 100).ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static string Seconds(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
