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
        solve.DoesNotPrint("\u001b[");
        Assert.True(File.Exists(plan), solve.ToString());

        var check = await CliProcess.RunAsync(_folder.Path, "check", TestData.TinyScenarioPath, plan);

        check.ExitsWith(0);
        check.Prints("plan is valid");
    }

    public void Dispose() => _folder.Dispose();
}
