using System.Diagnostics;
using System.Text;

namespace OrderMatch.TestSupport;

/// <summary>
/// Runs a built <c>ordermatch.dll</c> as a child process (<c>dotnet ordermatch.dll …</c>) with colours off and a wide
/// terminal, capturing standard output and standard error. A run that outlives its timeout is killed with its whole
/// process tree and fails the test.
/// </summary>
public static class OrdermatchProcess
{
    public static ProcessStartInfo StartInfo(string assemblyPath, string workingDirectory, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
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
        start.ArgumentList.Add(assemblyPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    /// <param name="environment">Variables set for the child process on top of those above (e.g. a setting to test).</param>
    public static async Task<CliRun> RunAsync(string assemblyPath, string workingDirectory, IReadOnlyList<string> arguments, TimeSpan timeout,
        CancellationToken cancellationToken = default, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(assemblyPath, workingDirectory, arguments);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            throw new TimeoutException(
                $"ordermatch {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s and was killed{Environment.NewLine}{await stdout.ConfigureAwait(false)}{await stderr.ConfigureAwait(false)}");
        }

        return new CliRun(arguments, process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }
}
