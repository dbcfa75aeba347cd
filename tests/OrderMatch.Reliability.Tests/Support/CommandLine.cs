using System.Diagnostics;
using System.Text;
using OrderMatch.Cli.Tests;

namespace OrderMatch.Reliability.Tests.Support;

/// <summary>
/// Runs the `ordermatch` command line from its own build folder (same configuration as the tests) as a child process,
/// colours off, capturing what it prints; killed with its process tree when it outlives the timeout.
/// </summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Unreadable = 2;

    public static string AssemblyPath { get; } = Locate();

    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, TimeSpan? timeout = null)
    {
        using var process = Process.Start(StartInfo(workingDirectory, arguments)) ?? throw new InvalidOperationException("dotnet could not be started");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"ordermatch {string.Join(' ', arguments)} did not finish and was killed{Environment.NewLine}{await stdout}{await stderr}");
        }

        return new CliRun(arguments, process.ExitCode, await stdout, await stderr);
    }

    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyList<string> arguments)
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
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    private static string Locate()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(OrderMatch.Domain.Tests.TestData.RepositoryRoot, "src", "OrderMatch.Cli", "bin", configuration, "net10.0", "ordermatch.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"build the command line first: {path} is missing", path);
    }
}
