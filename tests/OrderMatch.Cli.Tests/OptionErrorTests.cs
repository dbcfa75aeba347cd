using OrderMatch.Domain.Tests;

namespace OrderMatch.Cli.Tests;

/// <summary>Bad option values exit non-zero with a message naming the option, and write nothing.</summary>
public sealed class OptionErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Generate_with_an_unknown_tier_fails_and_names_the_tiers()
    {
        var output = _folder.File("x.json");

        var run = await CliProcess.RunAsync(_folder.Path, "generate", "--tier", "X", "-o", output);

        Assert.True(run.ExitCode != 0, run.ToString());
        run.Prints("'X'");
        run.Prints("--tier");
        run.HasNoStackTrace();
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Generate_without_an_output_file_fails_and_names_the_option()
    {
        var run = await CliProcess.RunAsync(_folder.Path, "generate", "--tier", "S");

        Assert.True(run.ExitCode != 0, run.ToString());
        run.Prints("--output");
        run.HasNoStackTrace();
    }

    [Theory]
    [InlineData("--time-limit", "-1")]
    [InlineData("--time-limit", "0")]
    [InlineData("--threads", "0")]
    public async Task Solve_with_a_limit_out_of_range_fails_and_writes_no_plan(string option, string value)
    {
        var plan = _folder.File("plan.json");

        var run = await CliProcess.RunAsync(_folder.Path, "solve", TestData.TinyScenarioPath, "-o", plan, option, value);

        Assert.True(run.ExitCode != 0, run.ToString());
        run.Prints(option);
        run.HasNoStackTrace();
        Assert.False(File.Exists(plan));
    }

    [Fact]
    public async Task Solve_with_a_time_limit_that_is_not_a_number_fails()
    {
        var plan = _folder.File("plan.json");

        var run = await CliProcess.RunAsync(_folder.Path, "solve", TestData.TinyScenarioPath, "-o", plan, "--time-limit", "soon");

        Assert.True(run.ExitCode != 0, run.ToString());
        run.Prints("'soon'");
        run.Prints("--time-limit");
        run.HasNoStackTrace();
        Assert.False(File.Exists(plan));
    }

    [Fact]
    public async Task Bench_with_a_seed_that_is_not_an_integer_fails_before_solving()
    {
        var run = await CliProcess.RunAsync(_folder.Path, "bench", "scenario", "--tier", "S", "--seeds", "1,x", "--time-limit", "1");

        run.ExitsWith(1);
        run.Prints("--seeds: 'x' is not an integer");
        run.DoesNotPrint("seed 1:");
        run.HasNoStackTrace();
    }

    public void Dispose() => _folder.Dispose();
}
