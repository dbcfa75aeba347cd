using System.Diagnostics;
using System.Text;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;
using OrderMatch.Solver;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// Minimal-change re-planning on one generated scenario: solve it (the approved plan P0); add new orders and decline
/// some of P0's classes; re-plan with P0 less the declined classes as <c>previousPlan</c> (P1) and without it (P2), each
/// with the same time limit; establish the minimum number of changes with the checker. Every plan is checked and
/// written to the scenario's folder with the scenarios it belongs to.
/// </summary>
internal sealed class ReplanBenchmark(double timeLimitSeconds, int threads, double newOrdersPercent, double declinesPercent)
{
    public async Task<ReplanResult> RunAsync(Tier tier, int seed, string folder, Action<string> say, CancellationToken cancellationToken)
    {
        var original = ScenarioGenerator.Generate(tier, seed);
        var approved = Solve("P0", original, original, seed, cancellationToken);
        say(Line(approved));
        var replan = ReplanScenario.Build(original, approved.Plan, newOrdersPercent, declinesPercent, seed);
        var problems = ScenarioLoader.Validate(replan.Scenario).Select(p => p.ToString()).ToList();
        say($"{replan.NewOrders.Count} new orders ({replan.NewOrders.Sum(o => o.Trainees)} trainees), {replan.Declined.Count} of {approved.Plan.Classes.Count} classes declined");
        var minimum = ReplanMinimum.Establish(replan.Scenario);
        var replanned = Solve("P1", replan.Scenario, replan.Scenario, seed, cancellationToken);
        say(Line(replanned));
        var scratch = Solve("P2", replan.FromScratch, replan.Scenario, seed, cancellationToken);
        say(Line(scratch));
        Directory.CreateDirectory(folder);
        await WriteAsync(folder, ReplanFiles.Scenario, FormatJson.Serialize(original), cancellationToken).ConfigureAwait(false);
        await WriteAsync(folder, ReplanFiles.Approved, FormatJson.Serialize(approved.Plan), cancellationToken).ConfigureAwait(false);
        await WriteAsync(folder, ReplanFiles.ReplanScenario, FormatJson.Serialize(replan.Scenario), cancellationToken).ConfigureAwait(false);
        await WriteAsync(folder, ReplanFiles.Replanned, FormatJson.Serialize(replanned.Plan), cancellationToken).ConfigureAwait(false);
        await WriteAsync(folder, ReplanFiles.FromScratch, FormatJson.Serialize(scratch.Plan), cancellationToken).ConfigureAwait(false);
        await WriteAsync(folder, ReplanFiles.Witness, FormatJson.Serialize(minimum.Witness), cancellationToken).ConfigureAwait(false);
        return new ReplanResult(tier, seed, timeLimitSeconds, original, replan, approved, minimum, replanned, scratch, problems);
    }

    /// <summary>Solves <paramref name="scenario"/>, checks the plan against it and counts what it keeps of <paramref name="withPrevious"/>'s plan in force.</summary>
    private ReplanRun Solve(string name, Scenario scenario, Scenario withPrevious, int seed, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var plan = PlanOptimizer.Solve(scenario, new SolveOptions { TimeLimitSeconds = timeLimitSeconds, Threads = threads, Seed = seed }, null, cancellationToken).Plan;
        var seconds = clock.Elapsed.TotalSeconds;
        var check = PlanChecker.Check(scenario, plan);
        var note = check.Passes ? string.Empty
            : $"{check.Violations.Count} violation(s) ({string.Join(", ", check.ByRule().Select(g => g.Key))}), objective {(check.ObjectiveMatches ? "matches" : "differs")}";
        var previous = withPrevious.PreviousPlan?.Classes ?? [];
        return new ReplanRun(name, plan, seconds, check.Passes, note, ReplanKeeping.Kept(previous, plan), ReplanKeeping.KeptUnderAnyId(previous, plan));
    }

    private static string Line(ReplanRun run) =>
        FormattableString.Invariant($"{run.Name}: {run.Plan.Classes.Count} classes, objective {run.Plan.Objective.Total:#,0.00}, coverage {run.Plan.Kpis.Coverage:P1}, {run.Seconds:0.0} s, checks {(run.Checks ? "yes" : "NO " + run.CheckNote)}");

    private static Task WriteAsync(string folder, string file, string text, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(folder, file), text, new UTF8Encoding(false), cancellationToken);
}
