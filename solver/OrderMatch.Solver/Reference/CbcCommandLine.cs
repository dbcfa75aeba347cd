using System.Diagnostics;
using System.Globalization;

namespace OrderMatch.Solver.Reference;

/// <summary>
/// Runs the cbc executable on a model file as a reference solver:
/// <c>cbc MODEL timeMode elapsed sec T [maxSolutions N] solve solu FILE</c>. Its log is read line by line as it is
/// written (through <c>stdbuf -oL</c> when available, so that lines arrive when cbc prints them) to time its incumbents;
/// its peak memory is sampled from /proc while it runs.
/// </summary>
public static class CbcCommandLine
{
    private const string LineBuffer = "/usr/bin/stdbuf";

    public static bool IsAvailable(CbcCommandLineOptions options) => File.Exists(options.Executable);

    public static async Task<CbcCommandLineResult> SolveAsync(string modelPath, string solutionPath, CbcCommandLineOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!IsAvailable(options))
        {
            throw new FileNotFoundException($"The cbc executable {options.Executable} is missing: install it with `apt-get install coinor-cbc`.", options.Executable);
        }

        File.Delete(solutionPath);
        var start = new ProcessStartInfo(File.Exists(LineBuffer) ? LineBuffer : options.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (File.Exists(LineBuffer))
        {
            start.ArgumentList.Add("-oL");
            start.ArgumentList.Add(options.Executable);
        }

        string[] solutionLimit = options.MaximumSolutions is { } most ? ["maxSolutions", most.ToString(CultureInfo.InvariantCulture)] : [];
        foreach (var argument in new[] { modelPath, "timeMode", "elapsed", "sec", options.TimeLimitSeconds.ToString("R", CultureInfo.InvariantCulture) }
                     .Concat(solutionLimit).Concat(["solve", "solu", solutionPath]))
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{options.Executable} could not be started.");
        var trace = new List<ObjectivePoint>();
        double? bound = null;
        long? peak = null;
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var reader = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync(CancellationToken.None).ConfigureAwait(false) is { } line)
            {
                var (incumbent, lower) = CbcLogLine.Parse(line);
                lock (trace)
                {
                    if (incumbent is { } value && (trace.Count == 0 || value < trace[^1].Objective - 1e-9))
                    {
                        trace.Add(new ObjectivePoint(clock.Elapsed.TotalSeconds, value));
                    }

                    if (lower is { } b && (bound is null || b > bound))
                    {
                        bound = b;
                    }
                }
            }
        }, CancellationToken.None);

        // Exit is observed by polling: a native library in this process may also handle SIGCHLD, and then an awaited
        // WaitForExitAsync can miss the child's exit.
        var killed = false;
        var deadline = TimeSpan.FromSeconds(options.TimeLimitSeconds) + options.Grace;
        while (!process.HasExited)
        {
            if (cancellationToken.IsCancellationRequested || clock.Elapsed > deadline)
            {
                process.Kill(entireProcessTree: true);
                killed = true;
                break;
            }

            if (ProcessPeakMemory.Read(process.Id) is { } sample && (peak is null || sample > peak))
            {
                peak = sample;
            }

            await Task.Delay(options.MemorySampleInterval, CancellationToken.None).ConfigureAwait(false);
        }

        var exited = process.WaitForExit(options.DrainTimeout);
        await Task.WhenAny(Task.WhenAll(reader, stderr), Task.Delay(options.DrainTimeout, CancellationToken.None)).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        cancellationToken.ThrowIfCancellationRequested();
        var solution = File.Exists(solutionPath)
            ? CbcSolutionFile.Parse(await File.ReadAllTextAsync(solutionPath, cancellationToken).ConfigureAwait(false))
            : new CbcSolutionFile(killed ? "Killed" : "No solution file", false, null, new Dictionary<string, double>());
        lock (trace)
        {
            return new CbcCommandLineResult(solution, bound, seconds, [.. trace], peak, exited ? process.ExitCode : -1, killed);
        }
    }
}
