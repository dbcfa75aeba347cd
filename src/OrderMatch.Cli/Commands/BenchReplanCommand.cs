using System.CommandLine;
using System.Globalization;
using OrderMatch.Cli.Benchmarks;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Generation;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>
/// `bench replan --tier S --seeds 1,2,3 --time-limit 60 [--new-orders 5] [--declines 3] [-o DIR]`: minimal-change
/// re-planning after new orders and declined classes — classes changed against the minimum necessary, and the objective
/// against a run from scratch. Writes DIR/report.md and, per scenario, the scenarios and plans it compared.
/// </summary>
internal static class BenchReplanCommand
{
    public static Command Create()
    {
        var tier = new Option<Tier>("--tier", "-t") { Description = "Size tier S, M or L", Required = true };
        var seeds = new Option<string>("--seeds") { Description = "Comma-separated seeds", DefaultValueFactory = _ => "1,2,3" };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds per solve (the approved plan, the re-plan and the plan from scratch each get it)", DefaultValueFactory = _ => 60 };
        var threads = ThreadsOption.Create();
        var newOrders = new Option<double>("--new-orders") { Description = "New orders, in percent of the scenario's orders", DefaultValueFactory = _ => 5 };
        var declines = new Option<double>("--declines") { Description = "Declined classes, in percent of the approved plan's classes", DefaultValueFactory = _ => 3 };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Folder for report.md and the scenarios and plans of each seed", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("out", "bench", "replan")) };
        var command = new Command("replan", "Minimal-change re-planning: add new orders, decline classes of the approved plan, re-plan with it and from scratch; classes changed against the minimum necessary, objective against from scratch")
        {
            tier, seeds, timeLimit, threads, newOrders, declines, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var console = AnsiConsole.Console;
            var seedList = SeedList.Parse(parse.GetValue(seeds) ?? string.Empty, console);
            if (seedList is null)
            {
                return ExitCodes.Invalid;
            }

            var limit = parse.GetValue(timeLimit);
            var newPercent = parse.GetValue(newOrders);
            var declinePercent = parse.GetValue(declines);
            if (Problem(limit, parse.GetValue(threads), newPercent, declinePercent) is { } problem)
            {
                console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                return ExitCodes.Invalid;
            }

            var folder = parse.GetValue(output)!;
            folder.Create();
            var bench = new ReplanBenchmark(limit, parse.GetValue(threads), newPercent, declinePercent);
            var results = new List<ReplanResult>();
            var commandLine = "ordermatch " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
            foreach (var seed in seedList)
            {
                var name = $"{parse.GetValue(tier)}-{seed.ToString(CultureInfo.InvariantCulture)}";
                console.MarkupLine($"[bold]{Markup.Escape(name)}[/]");
                var result = await bench.RunAsync(parse.GetValue(tier), seed, Path.Combine(folder.FullName, name),
                    line => console.MarkupLine("  " + Markup.Escape(line)), cancellationToken).ConfigureAwait(false);
                results.Add(result);
                // Rewritten after every scenario, so a long run that is stopped keeps what it measured.
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, "report.md"),
                    ReplanReport.Markdown(results, commandLine, newPercent, declinePercent), cancellationToken).ConfigureAwait(false);
            }

            Print(results, console);
            console.MarkupLine($"report written to {Markup.Escape(Path.Combine(folder.FullName, "report.md"))}");
            return results.All(r => r.AllCheck) ? ExitCodes.Ok : ExitCodes.Invalid;
        });
        return command;
    }

    private static string? Problem(double limit, int threads, double newPercent, double declinePercent)
    {
        if (!(limit > 0) || !double.IsFinite(limit))
        {
            return Invariant($"--time-limit must be a positive number of seconds, not {limit}");
        }

        if (threads < 1)
        {
            return Invariant($"--threads must be at least 1, not {threads}");
        }

        if (!(newPercent >= 0 && newPercent <= 100))
        {
            return Invariant($"--new-orders must be a percentage between 0 and 100, not {newPercent}");
        }

        return !(declinePercent >= 0 && declinePercent <= 100)
            ? Invariant($"--declines must be a percentage between 0 and 100, not {declinePercent}")
            : null;
    }

    private static void Print(IReadOnlyList<ReplanResult> results, IAnsiConsole console)
    {
        var replan = new Table().Title("Re-plan (P1) against the minimum").AddColumns(
            "scenario", "P0 classes", "declined", "new orders", "new trainees", "previous", "minimum changes", "P1 kept", "P1 changed",
            "P1 objective", "P1 w/o changes", "P1 coverage", "P1 s", "P1 checks");
        var scratch = new Table().Title("From scratch (P2) against the re-plan").AddColumns(
            "scenario", "P2 objective", "P2 coverage", "P2 kept (same id)", "P2 same decisions", "P2 s", "P2 checks", "P1 w/o changes − P2", "%");
        foreach (var r in results)
        {
            var (p1, p2) = (r.Replanned, r.FromScratch);
            replan.AddRow(r.Name, I(r.Approved.Plan.Classes.Count), I(r.Replan.Declined.Count), I(r.Replan.NewOrders.Count), I(r.NewTrainees),
                I(r.Previous), !r.Minimum.Check.IsValid ? "n/a" : r.Minimum.Exact ? I(r.Minimum.Changes) : "≤ " + I(r.Minimum.Changes), I(p1.Kept), I(r.Changed),
                Money(p1.Plan.Objective.Total), Money(p1.ObjectiveWithoutChanges), Pct(p1.Plan.Kpis.Coverage), Sec(p1.Seconds), Checks(p1.Checks));
            scratch.AddRow(r.Name, Money(p2.Plan.Objective.Total), Pct(p2.Plan.Kpis.Coverage), I(p2.Kept), I(p2.KeptUnderAnyId), Sec(p2.Seconds),
                Checks(p2.Checks), Money(r.Difference), Pct(r.DifferenceShare));
        }

        console.Write(replan);
        console.Write(scratch);
        foreach (var r in results)
        {
            console.MarkupLine($"{Markup.Escape(r.Name)} minimum: {Markup.Escape(ReplanReport.MinimumText(r))}");
        }
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Money(double value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Pct(double value) => value.ToString("P2", CultureInfo.InvariantCulture);

    private static string Sec(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Checks(bool passes) => passes ? "yes" : "NO";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
