using Microsoft.Extensions.Logging;
using Npgsql;

namespace OrderMatch.Jobs.Partitions;

/// <summary>
/// Runs a solver on the thread pool while a tick writes progress every interval. A tick that answers a
/// <see cref="StopReason"/> ends the wait at once; the solver is then stopped at its next cancellation point and waited
/// for (whatever it returns is discarded), so the worker takes no new work while the old still uses the cores. A tick
/// whose write fails (the database is away) is skipped.
/// </summary>
internal sealed class TickedSolve(NpgsqlDataSource dataSource, TimeSpan interval, TimeProvider time, ILogger logger, long runId, string what)
{
    public async Task<(T? Result, StopReason Stop)> RunAsync<T>(Func<CancellationToken, T> solve, Func<Task<StopReason>> tick,
        CancellationToken cancellationToken)
        where T : class
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reason = StopReason.None;
        var ticking = TickAsync(tick, r =>
        {
            reason = r;
            stop.Cancel();
        }, stop.Token);
        var solving = Task.Run(() => solve(stop.Token), CancellationToken.None);
        try
        {
            var result = await solving.WaitAsync(stop.Token).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            await ticking.ConfigureAwait(false);
            return reason == StopReason.None ? (result, StopReason.None) : (null, reason);
        }
        catch (OperationCanceledException)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await ticking.ConfigureAwait(false);
            await WindDownAsync(solving).ConfigureAwait(false);
            if (reason == StopReason.None)
            {
                throw;
            }

            return (null, reason);
        }
    }

    private static async Task WindDownAsync(Task solving)
    {
        try
        {
            await solving.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The work's outcome is decided already; a late failure of its solver changes nothing.
        }
    }

    private async Task TickAsync(Func<Task<StopReason>> tick, Action<StopReason> stopSolver, CancellationToken done)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            do
            {
                StopReason reason;
                try
                {
                    reason = await tick().ConfigureAwait(false);
                }
                catch (NpgsqlException e)
                {
                    Log.ProgressWriteFailed(logger, e, runId, what);
                    dataSource.Clear();
                    continue;
                }

                if (reason != StopReason.None)
                {
                    stopSolver(reason);
                    return;
                }
            }
            while (await timer.WaitForNextTickAsync(done).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            // The work ended; its outcome is written by the caller.
        }
    }
}
