using System.Text.Json.Nodes;
using OrderMatch.Domain.Tests;

namespace OrderMatch.Cli.Tests;

/// <summary>`ordermatch solve`: the plan it writes passes `check`, and the run shows progress and a summary.</summary>
public sealed class SolveCommandTests : IDisposable
{
    private static readonly TimeSpan SolveTimeout = TimeSpan.FromSeconds(180);

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Plan_for_the_tiny_example_passes_check()
    {
        var plan = _folder.File("tiny.plan.json");

        var solve = await CliProcess.RunAsync(_folder.Path, ["solve", TestData.TinyScenarioPath, "-o", plan, "--time-limit", "30"], SolveTimeout);

        solve.ExitsWith(0);
        solve.Prints("solving tiny");
        solve.Prints("slice 1/1");
        solve.Prints($"wrote {plan}");
        solve.Prints("coverage");
        solve.Prints("Objective (yuan)");
        solve.Prints("solver: ");
        Assert.Matches(@"phases: eligibility \d+\.\d s, bound \d+\.\d s, construction \d+\.\d s, improvement \d+\.\d s, finishing \d+\.\d s", solve.Output);
        solve.DoesNotPrint("\u001b[");
        Assert.True(File.Exists(plan), solve.ToString());

        var check = await CliProcess.RunAsync(_folder.Path, "check", TestData.TinyScenarioPath, plan);

        check.ExitsWith(0);
        check.Prints("plan is valid");
    }

    [Fact]
    public async Task Pins_that_cannot_all_be_kept_are_refused_with_the_classes_and_rules_named()
    {
        var scenario = JsonNode.Parse(await File.ReadAllTextAsync(TestData.TinyScenarioPath))!.AsObject();
        var classes = JsonNode.Parse(await File.ReadAllTextAsync(TestData.File("tiny.plan.json")))!["classes"]!.AsArray();
        var first = classes[0]!.DeepClone().AsObject();
        var twin = classes[1]!.DeepClone().AsObject();
        foreach (var field in new[] { "institution", "trainer", "room", "startWeek", "pattern", "sessions" })
        {
            twin[field] = first[field]!.DeepClone();
        }

        twin["id"] = "K009";
        scenario["pinned"] = new JsonArray(first, twin);
        var scenarioFile = _folder.File("pins.scenario.json");
        await File.WriteAllTextAsync(scenarioFile, JsonFiles.Text(scenario));
        var plan = _folder.File("pins.plan.json");

        var solve = await CliProcess.RunAsync(_folder.Path, ["solve", scenarioFile, "-o", plan], SolveTimeout);

        solve.ExitsWith(ExitCodes.Invalid);
        solve.Prints("the pinned classes cannot all be kept");
        solve.Prints("H8: trainer T001");
        solve.Prints("K009");
        solve.HasNoStackTrace();
        Assert.False(File.Exists(plan));
    }

    [Fact]
    public async Task A_CBC_library_that_cannot_be_loaded_is_named_in_one_line_and_no_plan_is_written()
    {
        var plan = _folder.File("tiny.plan.json");
        var missing = _folder.File("libCbcSolver.so.3");
        var environment = new Dictionary<string, string> { ["ORDERMATCH_CBC_LIBRARY"] = missing };

        var solve = await CliProcess.RunAsync(_folder.Path, ["solve", TestData.TinyScenarioPath, "-o", plan], SolveTimeout,
            environment: environment);

        solve.ExitsWith(ExitCodes.Unreadable);
        solve.Prints($"could not be loaded from {missing}");
        solve.Prints("ORDERMATCH_CBC_LIBRARY");
        solve.HasNoStackTrace();
        Assert.False(File.Exists(plan), solve.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
