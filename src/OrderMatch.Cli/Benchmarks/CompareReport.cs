using System.Globalization;
using System.Text;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>The comparison benchmark as Markdown: one table per scenario, its chart, and the targets checked across scenarios.</summary>
internal static class CompareReport
{
    public static string Markdown(IReadOnlyList<CompareResult> results, string commandLine, Func<CompareResult, string> chartFile)
    {
        var text = new StringBuilder();
        text.AppendLine("# Comparison benchmark: OrderMatch vs one monolithic MIP (cbc) vs first come, first served");
        text.AppendLine();
        text.AppendLine(Invariant($"Command: `{commandLine}`  "));
        text.AppendLine(Invariant($"Machine: {Environment.ProcessorCount} logical CPU(s), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Solvers run one after the other in the same process run, each with the same wall-clock limit; the monolithic model's build and MPS export count towards its times, cbc gets the full limit on top."));
        text.AppendLine();
        foreach (var result in results)
        {
            text.AppendLine(Invariant($"## Tier {result.Tier}, seed {result.Seed} ({result.Orders} orders, {result.Trainees} trainees, limit {result.TimeLimitSeconds:0.#} s)"));
            text.AppendLine();
            text.AppendLine("| solver | objective | bound | gap | coverage | weighted coverage | first valid plan s | within 1 % s | total s | peak MB | checks |");
            text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var run in result.Runs)
            {
                text.AppendLine(Invariant(
                    $"| {run.Solver} | {Money(run.Objective)} | {Money(run.Bound)} | {Pct(run.Gap)} | {Pct(run.Coverage)} | {Pct(run.WeightedCoverage)} | {Sec(run.FirstValidSeconds)} | {Sec(run.WithinOnePercentSeconds)} | {run.Seconds:0.0} | {Mb(run.PeakMemoryBytes)} | {Checks(run.Checks)} |"));
            }

            text.AppendLine();
            foreach (var run in result.Runs.Where(r => r.Note.Length > 0))
            {
                text.AppendLine($"- {run.Solver}: {run.Note}");
            }

            text.AppendLine();
            text.AppendLine($"![objective over time, {result.Name}]({chartFile(result)})");
            text.AppendLine();
        }

        text.AppendLine("## Targets");
        text.AppendLine();
        var better = results.Count(r => AtLeastAsGood(r));
        var sooner = results.Count(r => Sooner(r));
        text.AppendLine(Invariant($"- OrderMatch's objective at the limit at least as good as the monolithic cbc run's: {better} of {results.Count} scenarios"));
        text.AppendLine(Invariant($"- OrderMatch's first valid plan sooner than the monolithic cbc run's: {sooner} of {results.Count} scenarios"));
        text.AppendLine(Invariant($"- every plan passes the checker: {(results.SelectMany(r => r.Runs).All(r => r.Checks != false) ? "yes" : "no")}"));
        text.AppendLine();
        text.AppendLine("Peak MB: OrderMatch and FCFS — this process's VmHWM, reset before each run (/proc/self/clear_refs), so it includes the runtime and the scenario; cbc — the child process's VmHWM sampled from /proc while it ran.");
        return text.ToString();
    }

    private static bool AtLeastAsGood(CompareResult r) =>
        Find(r, CompareBenchmark.OrderMatch)?.Objective is { } om && (Find(r, CompareBenchmark.Monolithic)?.Objective is not { } mono || om <= mono + 0.005);

    private static bool Sooner(CompareResult r) =>
        Find(r, CompareBenchmark.OrderMatch)?.FirstValidSeconds is { } om && (Find(r, CompareBenchmark.Monolithic)?.FirstValidSeconds is not { } mono || om < mono);

    private static SolverRun? Find(CompareResult r, string solver) => r.Runs.FirstOrDefault(x => x.Solver == solver);

    private static string Money(double? value) => value is { } v ? v.ToString("#,0.00", CultureInfo.InvariantCulture) : "–";

    private static string Pct(double? value) => value is { } v ? v.ToString("P2", CultureInfo.InvariantCulture) : "–";

    private static string Sec(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static string Mb(long? bytes) => bytes is { } b ? (b / (1024.0 * 1024.0)).ToString("0", CultureInfo.InvariantCulture) : "–";

    private static string Checks(bool? passes) => passes switch { true => "yes", false => "NO", null => "–" };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
