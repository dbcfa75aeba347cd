namespace OrderMatch.Cli.Tests;

/// <summary>`--help` for the root and every command exits 0 and lists what can be passed.</summary>
public sealed class HelpTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Root_help_lists_every_command()
    {
        var run = await CliProcess.RunAsync(_folder.Path, "--help");

        run.ExitsWith(0);
        foreach (var command in new[] { "generate", "validate", "check", "solve", "bench" })
        {
            run.Prints(command);
        }
    }

    [Theory]
    [InlineData("generate", "--tier|--seed|--output|-o")]
    [InlineData("validate", "<scenario>")]
    [InlineData("check", "<scenario>|<plan>")]
    [InlineData("solve", "<scenario>|--output|--time-limit|--threads|--seed")]
    [InlineData("bench", "scenario")]
    [InlineData("bench scenario", "--tier|--seeds|--time-limit|--threads")]
    public async Task Command_help_exits_0_and_mentions_its_options(string command, string expected)
    {
        var run = await CliProcess.RunAsync(_folder.Path, [.. command.Split(' '), "--help"], CliProcess.DefaultTimeout);

        run.ExitsWith(0);
        run.Prints($"ordermatch {command}");
        foreach (var option in expected.Split('|'))
        {
            run.Prints(option);
        }
    }

    public void Dispose() => _folder.Dispose();
}
