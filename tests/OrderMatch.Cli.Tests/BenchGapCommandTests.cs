using OrderMatch.Domain.Tests;

namespace OrderMatch.Cli.Tests;

/// <summary>`bench gap`: the allocation core and the cbc executable on OR-Library instances, with a Markdown report.</summary>
public sealed class BenchGapCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Gap(string name) => Path.Combine(TestData.RepositoryRoot, "..", "shared", "benchmarks", "gap", name);

    [Fact]
    public async Task Gap1_is_solved_to_the_best_known_values_by_the_core_and_by_cbc_and_reported()
    {
        var report = _folder.File("gap1.md");

        var run = await CliProcess.RunAsync(_folder.Path, ["bench", "gap", Gap("gap1.txt"), "--time-limit", "20", "-o", report], TimeSpan.FromSeconds(300));

        run.ExitsWith(0);
        var text = File.ReadAllText(report);
        Assert.Contains("| gap1.txt | c515-1 | 5×15 | 261 | 261 | 0.00 | 261 | 1/1 |", text, StringComparison.Ordinal);
        Assert.Contains("| gap1.txt | c515-5 | 5×15 | 251 | 251 | 0.00 | 251 | 1/1 |", text, StringComparison.Ordinal);
        Assert.Contains("core reaches the best-known value: 5;", text, StringComparison.Ordinal);
        Assert.Contains("cbc reaches the best-known value: 5;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selected_instances_run_without_cbc_and_print_the_report()
    {
        var run = await CliProcess.RunAsync(_folder.Path, ["bench", "gap", Gap("gap2.txt"), "--instances", "c520-3", "--no-cbc", "--time-limit", "20"], TimeSpan.FromSeconds(300));

        run.ExitsWith(0);
        run.Prints("| gap2.txt | c520-3 | 5×20 | 260 | 260 |");
        run.DoesNotPrint("c520-1");
        run.DoesNotPrint("cbc reaches");
    }

    [Theory]
    [InlineData("--time-limit", "0")]
    [InlineData("--runs", "0")]
    [InlineData("--instances", "nosuch")]
    public async Task Bad_options_fail_naming_the_option_and_write_no_report(string option, string value)
    {
        var report = _folder.File("r.md");

        var run = await CliProcess.RunAsync(_folder.Path, "bench", "gap", Gap("gap1.txt"), option, value, "-o", report);

        run.ExitsWith(1);
        run.Prints(option);
        run.HasNoStackTrace();
        Assert.False(File.Exists(report));
    }

    [Fact]
    public async Task A_malformed_instance_file_is_unreadable_and_named_with_the_bad_number()
    {
        var file = _folder.Write("gap77.txt", "1 2 2 1 2 3 oops 1 1 1 1 5 5");

        var run = await CliProcess.RunAsync(_folder.Path, "bench", "gap", file);

        run.ExitsWith(2);
        run.Prints("gap77.txt");
        run.Prints("'oops'");
        run.HasNoStackTrace();
    }

    public void Dispose() => _folder.Dispose();
}
