using OrderMatch.Domain.Tests;

namespace OrderMatch.Cli.Tests;

/// <summary>Inputs that cannot be read exit 2 with a message naming the file or the rule, never with a stack trace.</summary>
public sealed class UnreadableInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Check_with_a_missing_plan_exits_2_and_names_the_file()
    {
        var missing = _folder.File("missing.plan.json");

        var run = await CliProcess.RunAsync(_folder.Path, "check", TestData.TinyScenarioPath, missing);

        run.ExitsWith(2);
        run.Prints(missing);
        run.Prints("does not exist");
        run.HasNoStackTrace();
    }

    [Fact]
    public async Task Check_with_a_plan_that_is_broken_json_exits_2_and_names_the_file()
    {
        var broken = _folder.Write("broken.plan.json", "{ \"formatVersion\": 1, \"classes\": [ ");

        var run = await CliProcess.RunAsync(_folder.Path, "check", TestData.TinyScenarioPath, broken);

        run.ExitsWith(2);
        run.Prints(broken);
        run.Prints("(json)");
        run.Prints("not well-formed JSON");
        run.HasNoStackTrace();
    }

    [Fact]
    public async Task Check_with_an_invalid_scenario_exits_2_and_names_the_path_and_rule()
    {
        var scenario = JsonFiles.TinyScenario();
        scenario["courses"]![0]!["level"] = 7;
        var path = _folder.Write("level7.scenario.json", JsonFiles.Text(scenario));

        var run = await CliProcess.RunAsync(_folder.Path, "check", path, TestData.File("tiny.plan.json"));

        run.ExitsWith(2);
        run.Prints(path);
        run.Prints("$.courses[0].level (range)");
        run.HasNoStackTrace();
    }

    [Fact]
    public async Task Validate_of_a_missing_file_exits_2()
    {
        var missing = _folder.File("missing.scenario.json");

        var run = await CliProcess.RunAsync(_folder.Path, "validate", missing);

        run.ExitsWith(2);
        run.Prints(missing);
        run.HasNoStackTrace();
    }

    [Fact]
    public async Task Validate_of_broken_json_exits_2()
    {
        var broken = _folder.Write("broken.scenario.json", "{ \"formatVersion\": 1,");

        var run = await CliProcess.RunAsync(_folder.Path, "validate", broken);

        run.ExitsWith(2);
        run.Prints("(json)");
        run.HasNoStackTrace();
    }

    [Fact]
    public async Task Solve_of_a_missing_scenario_exits_2_and_writes_no_plan()
    {
        var missing = _folder.File("missing.scenario.json");
        var plan = _folder.File("plan.json");

        var run = await CliProcess.RunAsync(_folder.Path, "solve", missing, "-o", plan);

        run.ExitsWith(2);
        run.Prints(missing);
        run.HasNoStackTrace();
        Assert.False(File.Exists(plan));
    }

    public void Dispose() => _folder.Dispose();
}
