namespace OrderMatch.Cli.Tests;

/// <summary>Assertions on a finished run that print the whole run when they fail.</summary>
internal static class Assertions
{
    public static void ExitsWith(this CliRun run, int expected) =>
        Assert.True(run.ExitCode == expected, $"expected exit {expected}{Environment.NewLine}{run}");

    public static void Prints(this CliRun run, string text) =>
        Assert.True(run.Output.Contains(text, StringComparison.Ordinal), $"expected the output to contain \"{text}\"{Environment.NewLine}{run}");

    public static void DoesNotPrint(this CliRun run, string text) =>
        Assert.False(run.Output.Contains(text, StringComparison.Ordinal), $"expected the output not to contain \"{text}\"{Environment.NewLine}{run}");

    /// <summary>Problems are reported as messages, never as an unhandled exception with its stack trace.</summary>
    public static void HasNoStackTrace(this CliRun run)
    {
        run.DoesNotPrint("   at ");
        run.DoesNotPrint("Exception");
    }
}
