using OrderMatch.Cli.Tests;

namespace OrderMatch.Reliability.Tests.Support;

/// <summary>Exit-code assertions on a command-line run that print everything it wrote when they fail.</summary>
internal static class CliRunAssertions
{
    public static void ExitsWith(this CliRun run, int exitCode) => Assert.True(run.ExitCode == exitCode, run.ToString());
}
