using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Generation;
using OrderMatch.Solver;
using Spectre.Console;

namespace OrderMatch.Cli.Commands;

/// <summary>`bench scenario --tier S --seeds 1,2,3 --time-limit 60`: solves generated scenarios and tabulates quality, speed and memory.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks");
        bench.Add(CreateScenario());
        bench.Add(BenchDbCommand.Create());
        bench.Add(BenchGapCommand.Create());
        bench.Add(BenchCompareCommand.Create());
        bench.Add(BenchReplanCommand.Create());
        return bench;
    }

    private static Command CreateScenario()
    {
        var tier = new Option<Tier>("--tier", "-t") { Description = "Size tier S, M or L", Required = true };
        var seeds = new Option<string>("--seeds") { Description = "Comma-separated seeds", DefaultValueFactory = _ => "1,2,3" };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds per scenario", DefaultValueFactory = _ => 60 };
        var threads = ThreadsOption.Create();
        var command = new Command("scenario", "Solve generated scenarios and report objective, bound, gap, coverage, time, memory and validity") { tier, seeds, timeLimit, threads };
        command.SetAction(parse =>
        {
            var console = AnsiConsole.Console;
            var seedList = new List<int>();
            foreach (var part in (parse.GetValue(seeds) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s))
                {
                    console.MarkupLine($"[red]--seeds: '{Markup.Escape(part)}' is not an integer (expected e.g. 1,2,3)[/]");
                    return ExitCodes.Invalid;
                }

                seedList.Add(s);
            }

            var table = new Table().AddColumns("tier", "seed", "orders", "objective", "bound", "gap", "coverage", "weighted cov.", "classes", "status", "seconds", "peak MB", "checks");
            var allValid = true;
            foreach (var seed in seedList)
            {
                var scenario = ScenarioGenerator.Generate(parse.GetValue(tier), seed);
                var clock = Stopwatch.StartNew();
                var report = PlanOptimizer.Solve(scenario, new SolveOptions { TimeLimitSeconds = parse.GetValue(timeLimit), Threads = parse.GetValue(threads), Seed = seed });
                var seconds = clock.Elapsed.TotalSeconds;
                var plan = report.Plan;
                var check = PlanChecker.Check(scenario, plan);
                allValid &= check.Passes;
                var bound = plan.Solver?.Bound;
                var gap = bound is { } b && plan.Objective.Total != 0 ? (plan.Objective.Total - b) / Math.Abs(plan.Objective.Total) : double.NaN;
                var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
                table.AddRow(parse.GetValue(tier).ToString(), seed.ToString(CultureInfo.InvariantCulture), scenario.Orders.Count.ToString(CultureInfo.InvariantCulture),
                    plan.Objective.Total.ToString("#,0.00", CultureInfo.InvariantCulture), bound?.ToString("#,0.00", CultureInfo.InvariantCulture) ?? "n/a",
                    gap.ToString("P2", CultureInfo.InvariantCulture), plan.Kpis.Coverage.ToString("P1", CultureInfo.InvariantCulture),
                    plan.Kpis.WeightedCoverage.ToString("P1", CultureInfo.InvariantCulture), plan.Classes.Count.ToString(CultureInfo.InvariantCulture),
                    plan.Solver?.Status.ToString() ?? "n/a", seconds.ToString("0.0", CultureInfo.InvariantCulture), peak.ToString("0", CultureInfo.InvariantCulture),
                    check.Passes ? "yes" : $"NO ({check.Violations.Count})");
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed}: {plan.Objective.Total:#,0.00} in {seconds:0.0} s"));
            }

            console.Write(table);
            console.MarkupLine("[grey]peak MB is the process's peak working set so far (monotone across seeds), without the cbc processes that side-by-side neighbourhoods run in (--threads 2 or more)[/]");
            return allValid ? ExitCodes.Ok : ExitCodes.Invalid;
        });
        return command;
    }
}
