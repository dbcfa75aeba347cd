namespace OrderMatch.Cli.Tests;

/// <summary>
/// Runs the built <c>ordermatch.dll</c> from the test output folder as a child process (<c>dotnet ordermatch.dll …</c>)
/// with colours off and a wide terminal, capturing standard output and standard error. A run that outlives its timeout
/// is killed with its whole process tree and fails the test.
/// </summary>
internal static class CliProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    public static string AssemblyPath { get; } = Path.Combine(AppContext.BaseDirectory, "ordermatch.dll");

    public static Task<CliRun> RunAsync(string workingDirectory, params string[] arguments) =>
        RunAsync(workingDirectory, arguments, DefaultTimeout);

    public static Task<CliRun> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, TimeSpan timeout,
        CancellationToken cancellationToken = default, IReadOnlyDictionary<string, string>? environment = null) =>
        OrdermatchProcess.RunAsync(AssemblyPath, workingDirectory, arguments, timeout, cancellationToken, environment);
}
