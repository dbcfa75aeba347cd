using System.CommandLine;
using System.Globalization;
using OrderMatch.Cli.Benchmarks;
using OrderMatch.Solver.Assignment;
using OrderMatch.Solver.Reference;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>
/// `bench gap FILE… [--time-limit T] [--runs N] [--cbc/--no-cbc] [-o report.md]`: the allocation core on OR-Library
/// generalized assignment instances against their best-known values and, in the same run, the cbc executable.
/// </summary>
internal static class BenchGapCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "GAP instance files (OR-Library multi-instance files or single-instance files)", Arity = ArgumentArity.OneOrMore };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds per instance and solver (wall clock)", DefaultValueFactory = _ => 60 };
        var runs = new Option<int>("--runs") { Description = "Runs per instance and solver; the report shows medians", DefaultValueFactory = _ => 1 };
        var cbc = new Option<bool>("--cbc") { Description = "Also run the cbc executable with the same time limit", DefaultValueFactory = _ => true };
        var noCbc = new Option<bool>("--no-cbc") { Description = "Do not run the cbc executable" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the Markdown report to this file" };
        var only = new Option<string?>("--instances") { Description = "Comma-separated instance names to run (e.g. d05100,e10200); default all in the files" };
        var command = new Command("gap", "Solve GAP benchmark instances; report cost, best known, gap %, bound and seconds, and cbc's cost and seconds")
        {
            files, timeLimit, runs, cbc, noCbc, output, only,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, new GapCommandOptions(files, timeLimit, runs, cbc, noCbc, output, only), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, GapCommandOptions o, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var (files, timeLimit, runs, cbc, noCbc, output, only) = o;
        var wanted = (parse.GetValue(only) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var limit = parse.GetValue(timeLimit);
        var repetitions = parse.GetValue(runs);
        if (!(limit > 0) || !double.IsFinite(limit))
        {
            console.MarkupLine(Invariant($"[red]--time-limit must be a positive number of seconds, not {limit}[/]"));
            return ExitCodes.Invalid;
        }

        if (repetitions < 1)
        {
            console.MarkupLine(Invariant($"[red]--runs must be at least 1, not {repetitions}[/]"));
            return ExitCodes.Invalid;
        }

        var cbcOptions = new CbcCommandLineOptions();
        var withCbc = parse.GetValue(cbc) && !parse.GetValue(noCbc);
        if (withCbc && !CbcCommandLine.IsAvailable(cbcOptions))
        {
            console.MarkupLine($"[red]--cbc: the cbc executable {Markup.Escape(cbcOptions.Executable)} is missing; install coinor-cbc or pass --no-cbc[/]");
            return ExitCodes.Invalid;
        }

        var inputs = new List<(string File, IReadOnlyList<GapInstance> Instances, GapBestKnown BestKnown)>();
        foreach (var file in parse.GetValue(files) ?? [])
        {
            try
            {
                var instances = GapReader.ReadFile(file.FullName).Where(i => wanted.Count == 0 || wanted.Contains(i.Name)).ToList();
                inputs.Add((file.FullName, instances, GapBestKnown.Near(file.FullName)));
            }
            catch (GapFormatException ex)
            {
                console.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
                return ExitCodes.Unreadable;
            }
        }

        var unknown = wanted.Except(inputs.SelectMany(i => i.Instances).Select(i => i.Name)).ToList();
        if (unknown.Count > 0)
        {
            console.MarkupLine($"[red]--instances: {Markup.Escape(string.Join(", ", unknown))} not found in the files given[/]");
            return ExitCodes.Invalid;
        }

        var work = Directory.CreateTempSubdirectory("ordermatch-gap-");
        var rows = new List<GapBenchmarkRow>();
        try
        {
            var bench = new GapBenchmark(limit, repetitions, withCbc, cbcOptions);
            foreach (var (file, instances, bestKnown) in inputs)
            {
                foreach (var instance in instances)
                {
                    var row = await bench.RunAsync(file, instance, bestKnown, work.FullName, cancellationToken).ConfigureAwait(false);
                    rows.Add(row);
                    console.MarkupLine(Markup.Escape(Progress(row, withCbc)));
                }
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }

        var commandLine = "ordermatch " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
        var markdown = GapReport.Markdown(rows, limit, repetitions, commandLine);
        if (parse.GetValue(output) is { } target)
        {
            await File.WriteAllTextAsync(target.FullName, markdown, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"report written to {Markup.Escape(target.FullName)}");
        }
        else
        {
            console.WriteLine(markdown);
        }

        return rows.All(r => r.Core.All(x => x.Feasible)) ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private static string Progress(GapBenchmarkRow row, bool withCbc)
    {
        var core = Invariant($"{row.Instance}: core {Cost(row.CoreCost)} in {Median.Of(row.Core.Select(r => r.Seconds)):0.00} s, best known {Cost(row.BestKnown)}");
        return withCbc ? core + Invariant($", cbc {Cost(row.CbcCost)} in {Median.Of(row.Cbc.Select(r => r.Seconds)):0.00} s") : core;
    }

    private static string Cost(double? value) => value?.ToString("0", CultureInfo.InvariantCulture) ?? "none";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
