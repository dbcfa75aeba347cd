using System.CommandLine;
using System.Globalization;
using OrderMatch.Cli.Benchmarks;
using OrderMatch.Domain.Generation;
using OrderMatch.Solver.Monolithic;
using OrderMatch.Solver.Reference;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>
/// `bench compare --tier S --seeds 1,2,3 --time-limit 60 [-o DIR]`: OrderMatch, the monolithic MIP solved by the cbc
/// executable and first-come-first-served on the same generated scenarios; a Markdown report and an SVG
/// objective-over-time chart per scenario.
/// </summary>
internal static class BenchCompareCommand
{
    public static Command Create()
    {
        var tier = new Option<Tier>("--tier", "-t") { Description = "Size tier S, M or L", Required = true };
        var seeds = new Option<string>("--seeds") { Description = "Comma-separated seeds", DefaultValueFactory = _ => "1,2,3" };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds per scenario and solver (wall clock)", DefaultValueFactory = _ => 60 };
        var threads = new Option<int>("--threads") { Description = "OrderMatch solver threads", DefaultValueFactory = _ => 1 };
        var maxSpace = new Option<long>("--max-candidates") { Description = "Largest candidate-class space the monolithic model enumerates in full; beyond it, it is pruned to this budget", DefaultValueFactory = _ => new MonolithicOptions().CandidateBudget };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Folder for report.md and the charts", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("out", "bench", "compare")) };
        var command = new Command("compare", "Compare OrderMatch with one monolithic MIP solved by cbc and with first come, first served: objective, bound, gap, coverage, time to first valid plan, time to within 1 %, peak memory, validity")
        {
            tier, seeds, timeLimit, threads, maxSpace, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var console = AnsiConsole.Console;
            var limit = parse.GetValue(timeLimit);
            var seedList = SeedList.Parse(parse.GetValue(seeds) ?? string.Empty, console);
            if (seedList is null)
            {
                return ExitCodes.Invalid;
            }

            if (!(limit > 0) || !double.IsFinite(limit) || parse.GetValue(threads) < 1 || parse.GetValue(maxSpace) < 1)
            {
                console.MarkupLine("[red]--time-limit must be a positive number of seconds, --threads and --max-candidates at least 1[/]");
                return ExitCodes.Invalid;
            }

            var cbcOptions = new CbcCommandLineOptions();
            if (!CbcCommandLine.IsAvailable(cbcOptions))
            {
                console.MarkupLine($"[red]the cbc executable {Markup.Escape(cbcOptions.Executable)} is missing: install coinor-cbc[/]");
                return ExitCodes.Invalid;
            }

            var folder = parse.GetValue(output)!;
            folder.Create();
            var work = Directory.CreateTempSubdirectory("ordermatch-compare-");
            var results = new List<CompareResult>();
            try
            {
                var bench = new CompareBenchmark(limit, parse.GetValue(threads), cbcOptions, new MonolithicOptions { CandidateBudget = parse.GetValue(maxSpace) });
                foreach (var seed in seedList)
                {
                    var scenario = ScenarioGenerator.Generate(parse.GetValue(tier), seed);
                    console.MarkupLine(Invariant($"tier {parse.GetValue(tier)} seed {seed}: {scenario.Orders.Count} orders"));
                    var runs = new List<SolverRun>();
                    results.Add(new CompareResult(parse.GetValue(tier), seed, scenario.Orders.Count, scenario.Orders.Sum(o => o.Trainees), limit, []));
                    await bench.RunAsync(scenario, seed, work.FullName, async run =>
                    {
                        runs.Add(run);
                        var result = results[^1] with { Runs = [.. runs] };
                        results[^1] = result;
                        await File.WriteAllTextAsync(Path.Combine(folder.FullName, ChartFile(result)),
                            ObjectiveChart.Svg($"Tier {result.Tier}, seed {result.Seed}: best objective over time", result.Runs), cancellationToken).ConfigureAwait(false);
                        await WriteReportAsync(folder, results, cancellationToken).ConfigureAwait(false);
                        console.MarkupLine(Markup.Escape(Invariant(
                            $"  {run.Solver}: objective {run.Objective?.ToString("#,0.00", CultureInfo.InvariantCulture) ?? "none"}, first plan {run.FirstValidSeconds?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–"} s, checks {run.Checks?.ToString() ?? "–"} {run.Note}")));
                    }, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                work.Delete(recursive: true);
            }

            console.MarkupLine($"report written to {Markup.Escape(Path.Combine(folder.FullName, "report.md"))}");
            return results.SelectMany(r => r.Runs).All(r => r.Checks != false) ? ExitCodes.Ok : ExitCodes.Invalid;
        });
        return command;
    }

    /// <summary>Rewrites the report after every solver's run, so a long run that is stopped keeps what it measured.</summary>
    private static Task WriteReportAsync(DirectoryInfo folder, IReadOnlyList<CompareResult> results, CancellationToken cancellationToken)
    {
        var commandLine = "ordermatch " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
        return File.WriteAllTextAsync(Path.Combine(folder.FullName, "report.md"), CompareReport.Markdown(results, commandLine, ChartFile), cancellationToken);
    }

    private static string ChartFile(CompareResult result) => $"objective-{result.Tier}-{result.Seed}.svg";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
