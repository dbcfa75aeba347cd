namespace OrderMatch.Cli.Tests;

/// <summary>`bench compare`: OrderMatch, the monolithic MIP through cbc and first come, first served on generated scenarios.</summary>
public sealed class BenchCompareCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_city_is_compared_across_the_three_solvers_with_a_report_and_a_chart()
    {
        var output = Path.Combine(_folder.Path, "compare");

        var run = await CliProcess.RunAsync(_folder.Path,
            ["bench", "compare", "--tier", "S", "--seeds", "2", "--time-limit", "5", "--max-candidates", "20000", "-o", output], TimeSpan.FromSeconds(600));

        run.ExitsWith(0);
        var report = File.ReadAllText(Path.Combine(output, "report.md"));
        Assert.Contains("## Tier S, seed 2", report, StringComparison.Ordinal);
        foreach (var solver in new[] { "| OrderMatch |", "| monolithic MIP (cbc) |", "| first come, first served |" })
        {
            Assert.Contains(solver, report, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("| NO |", report, StringComparison.Ordinal);
        Assert.Contains("![objective over time, S-2](objective-S-2.svg)", report, StringComparison.Ordinal);
        var svg = File.ReadAllText(Path.Combine(output, "objective-S-2.svg"));
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("<path d=\"M ", svg, StringComparison.Ordinal);
        Assert.Contains("first come, first served", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--seeds", "1,x")]
    [InlineData("--time-limit", "-3")]
    public async Task Bad_options_fail_naming_the_option_and_write_no_report(string option, string value)
    {
        var output = Path.Combine(_folder.Path, "compare");

        var run = await CliProcess.RunAsync(_folder.Path, "bench", "compare", "--tier", "S", option, value, "-o", output);

        run.ExitsWith(1);
        run.Prints(option);
        run.HasNoStackTrace();
        Assert.False(File.Exists(Path.Combine(output, "report.md")));
    }

    public void Dispose() => _folder.Dispose();
}
