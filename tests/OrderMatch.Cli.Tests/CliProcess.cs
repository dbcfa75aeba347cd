using System.Diagnostics;
using System.Text;

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

    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException(
                $"ordermatch {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s and was killed{Environment.NewLine}{await stdout}{await stderr}");
        }

        return new CliRun(arguments, process.ExitCode, await stdout, await stderr);
    }
}
