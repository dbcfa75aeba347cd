using System.Text.Json;
using OrderMatch.Cli.Benchmarks;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Cli.Tests;

/// <summary>`bench replan`: the approved plan, new orders and declines, the re-plan and the plan from scratch on a generated city.</summary>
public sealed class BenchReplanCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_city_is_replanned_and_every_reported_figure_follows_from_the_written_plans()
    {
        var output = Path.Combine(_folder.Path, "replan");

        var run = await CliProcess.RunAsync(_folder.Path,
            ["bench", "replan", "--tier", "S", "--seeds", "1", "--time-limit", "6", "-o", output], TimeSpan.FromSeconds(600));

        run.ExitsWith(0);
        var folder = Path.Combine(output, "S-1");
        var original = Scenario(Path.Combine(folder, ReplanFiles.Scenario));
        var replan = Scenario(Path.Combine(folder, ReplanFiles.ReplanScenario));
        var approved = Plan(Path.Combine(folder, ReplanFiles.Approved));
        var replanned = Plan(Path.Combine(folder, ReplanFiles.Replanned));
        var scratch = Plan(Path.Combine(folder, ReplanFiles.FromScratch));
        var witness = Plan(Path.Combine(folder, ReplanFiles.Witness));
        Passes(original, approved);
        Passes(replan, replanned);
        Passes(replan with { PreviousPlan = null }, scratch);
        Passes(replan, witness);

        var newOrders = replan.Orders.Skip(original.Orders.Count).ToList();
        Assert.Equal(Json(original.Orders), Json(replan.Orders.Take(original.Orders.Count)));
        Assert.Equal(15, newOrders.Count);
        Assert.Equal(replan.Orders.Count, replan.Orders.Select(o => o.Id).Distinct().Count());
        var previous = replan.PreviousPlan!.Classes;
        var declined = approved.Classes.Where(c => previous.All(p => p.Id != c.Id)).ToList();
        Assert.Equal(ReplanPercent.Of(approved.Classes.Count, 3), declined.Count);
        Assert.Equal(Json(approved.Classes.Except(declined)), Json(previous));

        var report = File.ReadAllText(Path.Combine(output, "report.md"));
        var changed = Row(report, "## What changed", "S-1");
        Assert.Equal(approved.Classes.Count.ToString(), changed["P0 classes"]);
        Assert.Equal(declined.Count.ToString(), changed["declined"]);
        Assert.Equal("15", changed["new orders"]);
        Assert.Equal(newOrders.Sum(o => o.Trainees).ToString(), changed["new trainees"]);
        Assert.Equal(previous.Count.ToString(), changed["previousPlan classes"]);

        var kept = ReplanKeeping.Kept(previous, replanned);
        var p1 = Row(report, "## Re-plan (P1) against the minimum", "S-1");
        Assert.Equal(kept.ToString(), p1["P1 kept"]);
        Assert.Equal((previous.Count - kept).ToString(), p1["P1 changed"]);
        Assert.Equal(replanned.Objective.Components.Changes / replan.Policy.ChangePenalty, previous.Count - kept);
        Assert.Equal("0", p1["minimum changes"]);
        Assert.Equal("yes", p1["kept-whole plan checks"]);
        Assert.Equal(previous.Select(c => c.Id), witness.Classes.Select(c => c.Id));
        Assert.Equal(previous.Count, ReplanKeeping.Kept(previous, witness));

        var p2 = Row(report, "## From scratch (P2) against the re-plan", "S-1");
        Assert.Equal(ReplanKeeping.Kept(previous, scratch).ToString(), p2["P2 kept (same id)"]);
        Assert.Equal(ReplanKeeping.KeptUnderAnyId(previous, scratch).ToString(), p2["P2 same decisions (any id)"]);
        var difference = replanned.Objective.Total - replanned.Objective.Components.Changes - scratch.Objective.Total;
        Assert.Equal(difference.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture), p2["P1 without changes − P2"]);
        run.Prints("S-1 minimum: 0 — keeping all");
    }

    [Theory]
    [InlineData("--new-orders", "-1", "--new-orders must be a percentage between 0 and 100")]
    [InlineData("--declines", "101", "--declines must be a percentage between 0 and 100")]
    [InlineData("--time-limit", "0", "--time-limit must be a positive number of seconds")]
    [InlineData("--seeds", "1,x", "--seeds: 'x' is not an integer")]
    [InlineData("--tier", "X", "--tier")]
    public async Task Bad_options_fail_naming_the_option_and_the_rule_and_write_nothing(string option, string value, string message)
    {
        var output = Path.Combine(_folder.Path, "replan");
        var arguments = new List<string> { "bench", "replan", option, value, "-o", output };
        if (option != "--tier")
        {
            arguments.AddRange(["--tier", "S"]);
        }

        var run = await CliProcess.RunAsync(_folder.Path, arguments.ToArray());

        Assert.True(run.ExitCode != 0, run.ToString());
        run.Prints(message);
        run.HasNoStackTrace();
        Assert.False(Directory.Exists(output), "nothing is written");
    }

    public void Dispose() => _folder.Dispose();

    private static string Json<T>(IEnumerable<T> items) => JsonSerializer.Serialize(items.ToList(), FormatJson.CompactOptions);

    private static Scenario Scenario(string path)
    {
        var loaded = ScenarioLoader.LoadFile(path);
        Assert.True(loaded.IsValid, $"{path}: {string.Join("; ", loaded.Problems)}");
        return loaded.Value!;
    }

    private static Plan Plan(string path)
    {
        var loaded = PlanLoader.LoadFile(path);
        Assert.True(loaded.IsValid, $"{path}: {string.Join("; ", loaded.Problems)}");
        return loaded.Value!;
    }

    private static void Passes(Scenario scenario, Plan plan)
    {
        var check = PlanChecker.Check(scenario, plan);
        Assert.True(check.Passes, string.Join("; ", check.Violations.Select(v => $"{v.Rule} {v.Message}").Concat(check.ObjectiveMismatches)));
    }

    /// <summary>The cells of the row starting with <paramref name="name"/> in the first table under <paramref name="heading"/>, by column header.</summary>
    private static Dictionary<string, string> Row(string report, string heading, string name)
    {
        var lines = report[report.IndexOf(heading, StringComparison.Ordinal)..].Split('\n').Where(l => l.StartsWith('|')).ToList();
        var header = Cells(lines[0]);
        var row = Cells(lines.First(l => Cells(l)[0] == name));
        return header.Zip(row).ToDictionary(x => x.First, x => x.Second);
    }

    private static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];
}
