using OrderMatch.Domain.Tests;

namespace OrderMatch.Cli.Tests;

/// <summary>`ordermatch validate SCENARIO`: exit 0 and "valid", or exit 1 with every problem's JSON path.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Tiny_example_is_valid()
    {
        var run = await CliProcess.RunAsync(_folder.Path, "validate", TestData.TinyScenarioPath);

        run.ExitsWith(0);
        run.Prints("valid: scenario \"tiny\"");
    }

    [Fact]
    public async Task Five_defects_exit_1_and_all_five_paths_are_listed()
    {
        var scenario = JsonFiles.TinyScenario();
        scenario["horizon"]!["startDate"] = "2026-01-06";
        scenario["courses"]![1]!["id"] = "WELD-2";
        scenario["courses"]![0]!["level"] = 7;
        scenario["orders"]![2]!["enterprise"] = "E999";
        scenario["institutions"]![1]!["approvedRegions"]![1] = "R99";
        var path = _folder.Write("five-defects.scenario.json", JsonFiles.Text(scenario));

        var run = await CliProcess.RunAsync(_folder.Path, "validate", path);

        run.ExitsWith(1);
        run.Prints("$.horizon.startDate (not-monday)");
        run.Prints("$.courses[1].id (duplicate-id)");
        run.Prints("$.courses[0].level (range)");
        run.Prints("$.orders[2].enterprise (unknown-id)");
        run.Prints("$.institutions[1].approvedRegions[1] (unknown-id)");
        run.DoesNotPrint("valid: scenario");
        run.HasNoStackTrace();
    }

    public void Dispose() => _folder.Dispose();
}
