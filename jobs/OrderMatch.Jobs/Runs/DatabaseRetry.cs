using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace OrderMatch.Jobs.Runs;

/// <summary>
/// Retries a run's database write while the server is unreachable or restarting (a transient failure), so that a
/// database restart during a run delays its final state instead of leaving it "running" for ever. Connections the
/// restart broke are dropped from the pool before each retry.
/// </summary>
internal sealed class DatabaseRetry(NpgsqlDataSource dataSource, ILogger logger, long runId)
{
    private static readonly TimeSpan[] Waits = [.. new[] { 0.5, 1, 2, 4, 8, 15 }.Select(TimeSpan.FromSeconds)];

    public async Task<T> RunAsync<T>(string what, Func<Task<T>> write, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await write().ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < Waits.Length && IsTransient(e))
            {
                Log.DatabaseRetry(logger, runId, what, attempt + 1, Waits[attempt].TotalSeconds, e.Message);
                dataSource.Clear();
                await Task.Delay(Waits[attempt], cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task RunAsync(string what, Func<Task> write, CancellationToken cancellationToken = default) =>
        RunAsync(what, async () =>
        {
            await write().ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>The server is away (restarting, shutting down, unreachable) — not a statement that is wrong.</summary>
    public static bool IsTransient(Exception exception) =>
        exception switch
        {
            PostgresException postgres => postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
            NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
            _ => exception.InnerException is { } inner && IsTransient(inner),
        };
}
