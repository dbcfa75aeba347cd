using System.Diagnostics;
using System.Globalization;
using System.Text;
using OrderMatch.Solver.Reference;

namespace OrderMatch.Solver.Cbc;

/// <summary>
/// One solve in a cbc process of its own (<see cref="CbcOptions.Executable"/>): the model is written as MPS, its MIP
/// start as a mipstart file (index, name, value per line), and cbc runs
/// <c>cbc MODEL PARAMETERS… [mipstart START] solve solu SOLUTION</c> with the parameters a solve in this process gets
/// (<see cref="CbcParameters.Of"/>). The solution file gives the status and the non-zero columns. The run's
/// files live in a temporary folder removed afterwards. CBC's bound is not in that file, so the result carries one
/// only when the solve is proven optimal, and no progress is reported while it runs.
/// </summary>
internal static class CbcProcessRun
{
    /// <summary>How long past its own time limit cbc may take (reading the model, writing the solution) before it is killed.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    public static CbcResult Solve(MipModel model, CbcOptions options, Stopwatch clock, CancellationToken cancellationToken)
    {
        var executable = options.Executable!;
        if (!File.Exists(executable))
        {
            throw new CbcException(CbcException.LibraryMissing,
                $"The cbc executable {executable} is missing: install it with `apt-get install coinor-cbc`, or solve in this process.");
        }

        var folder = Directory.CreateTempSubdirectory("ordermatch-cbc-");
        try
        {
            var modelPath = Path.Combine(folder.FullName, "model.mps");
            var solutionPath = Path.Combine(folder.FullName, "solution.txt");
            // As in this process, a maximisation is handed to CBC as the minimisation of the negated objective, so that
            // both search alike.
            CbcModelFiles.Write(model, modelPath, CbcModelFiles.Format.Mps, options.Maximize ? -1.0 : 1.0);
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(modelPath);
            foreach (var (name, value) in CbcParameters.Of(options, options.LogLevel))
            {
                start.ArgumentList.Add(name);
                start.ArgumentList.Add(value);
            }

            if (model.MipStart.Count > 0)
            {
                var startPath = Path.Combine(folder.FullName, "start.txt");
                File.WriteAllText(startPath, StartFile(model));
                start.ArgumentList.Add("mipstart");
                start.ArgumentList.Add(startPath);
            }

            start.ArgumentList.Add("solve");
            start.ArgumentList.Add("solu");
            start.ArgumentList.Add(solutionPath);
            var exitCode = Run(start, options, cancellationToken, out var log);
            if (!File.Exists(solutionPath))
            {
                throw new CbcException(CbcException.BadInput,
                    $"{executable} ended with exit code {exitCode} and wrote no solution; its output ended: {log}");
            }

            return Read(model, File.ReadAllText(solutionPath), clock.Elapsed.TotalSeconds);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The start in the mipstart format cbc reads: column index, name and value per line.</summary>
    private static string StartFile(MipModel model)
    {
        var text = new StringBuilder();
        foreach (var (column, value) in model.MipStart)
        {
            text.Append(CultureInfo.InvariantCulture, $"{column} {model.ColumnNames[column]} {value:R}\n");
        }

        return text.ToString();
    }

    private static int Run(ProcessStartInfo start, CbcOptions options, CancellationToken cancellationToken, out string log)
    {
        using var process = Process.Start(start) ?? throw new CbcException(CbcException.BadInput, $"{start.FileName} could not be started.");
        // Only the end of the output is kept, for the error message of a run that wrote no solution.
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var limit = options.TimeLimitSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) + Grace : Timeout.InfiniteTimeSpan;
        var clock = Stopwatch.StartNew();
        // Exit is observed by polling: the CBC library loaded in this process may handle SIGCHLD, and then an awaited
        // exit can be missed.
        while (!process.HasExited)
        {
            if (cancellationToken.IsCancellationRequested || (limit != Timeout.InfiniteTimeSpan && clock.Elapsed > limit))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                cancellationToken.ThrowIfCancellationRequested();
                break;
            }

            Thread.Sleep(Poll);
        }

        var text = output.GetAwaiter().GetResult() + errors.GetAwaiter().GetResult();
        log = text.Length > 500 ? text[^500..] : text;
        return process.ExitCode;
    }

    /// <summary>
    /// The solution file (<see cref="CbcSolutionFile"/>, the format the reference runs read too), its columns found by
    /// name: the model's names are unique.
    /// </summary>
    internal static CbcResult Read(MipModel model, string text, double seconds)
    {
        var file = CbcSolutionFile.Parse(text);
        var state = file.Status switch
        {
            "Optimal" when file.HasSolution => CbcStatus.Optimal,
            _ when file.HasSolution => CbcStatus.Feasible,
            "Infeasible" or "Integer infeasible" => CbcStatus.Infeasible,
            "Unbounded" => CbcStatus.Unbounded,
            _ when file.Status.StartsWith("Stopped", StringComparison.Ordinal) => CbcStatus.TimeLimitNoSolution,
            _ => CbcStatus.Aborted,
        };
        if (!file.HasSolution)
        {
            return new CbcResult(state, null, null, [], seconds);
        }

        var values = new double[model.ColumnCount];
        var objective = 0.0;
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = file.Values.GetValueOrDefault(model.ColumnNames[j]);
            // The objective is worked out from the values, in the caller's sense, as a solve in this process reports it.
            objective += model.Objective[j] * values[j];
        }

        return new CbcResult(state, objective, state == CbcStatus.Optimal ? objective : null, values, seconds);
    }
}
