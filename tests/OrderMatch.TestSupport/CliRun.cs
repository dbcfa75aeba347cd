namespace OrderMatch.TestSupport;

/// <summary>What one run of the `ordermatch` process produced.</summary>
public sealed record CliRun(IReadOnlyList<string> Arguments, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Standard output followed by standard error.</summary>
    public string Output => StandardOutput + StandardError;

    /// <summary>A description for assertion messages: the command line, the exit code and everything printed.</summary>
    public override string ToString() =>
        $"ordermatch {string.Join(' ', Arguments)}{Environment.NewLine}exit {ExitCode}{Environment.NewLine}{Output}";
}
