using System.Diagnostics;

namespace OrderMatch.Solver.Cbc;

/// <summary>One solve: load, configure, attach the log observer, run CBC, read the result back.</summary>
internal static unsafe class CbcSolveRun
{
    /// <summary>Smallest time limit handed to CBC when waiting for the turn took all of it.</summary>
    private const double MinimumSeconds = 0.01;

    public static CbcResult Solve(MipModel model, CbcOptions options, IProgress<CbcProgress>? progress, Stopwatch clock,
        CancellationToken cancellationToken)
    {
        var sense = options.Maximize ? -1.0 : 1.0;
        using var handle = CbcModelLoader.Load(model, sense);
        var loaded = clock.Elapsed.TotalSeconds;
        using var turn = model.Integer.Contains(true) ? CbcTurn.Take(cancellationToken) : default(CbcTurn.Held?);
        // What was spent waiting for the turn comes off the time limit.
        var waited = clock.Elapsed.TotalSeconds - loaded;
        if (options.TimeLimitSeconds is { } limit && waited > 0)
        {
            options = options with { TimeLimitSeconds = Math.Max(MinimumSeconds, limit - waited) };
        }

        // CBC only hands messages to the callback at log level 1 or more.
        var logLevel = Math.Max(options.LogLevel, progress is null ? 0 : 1);
        CbcParameters.Apply(handle, options, logLevel);

        CbcProgressTracker? tracker = null;
        if (progress is not null)
        {
            tracker = new CbcProgressTracker(progress, sense);
            // CBC 2.10 prints every message it hands to the callback on stdout as well: a caller that
            // asks for progress accepts CBC's log lines there.
            CbcNative.RegisterCallBack(handle, CbcMessageCallback.Pointer);
            CbcMessageCallback.Attach(handle, tracker);
        }

        try
        {
            CbcNative.Solve(handle);
        }
        finally
        {
            if (tracker is not null)
            {
                CbcMessageCallback.Detach(handle);
            }
        }

        var result = CbcResultReader.Read(handle, model.ColumnCount, sense, clock.Elapsed.TotalSeconds);
        if (progress is not null && result.HasSolution)
        {
            progress.Report(new CbcProgress(result.Objective, result.BestBound, result.Seconds, CbcNative.GetNodeCount(handle)));
        }

        return result;
    }

    /// <summary>A model without columns: every row reads 0 (sense) rhs.</summary>
    public static CbcResult SolveEmpty(SparseRows rows, double seconds)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows.Lower[i] > 0 || rows.Upper[i] < 0)
            {
                return new CbcResult(CbcStatus.Infeasible, null, null, [], seconds);
            }
        }

        return new CbcResult(CbcStatus.Optimal, 0.0, 0.0, [], seconds);
    }
}
