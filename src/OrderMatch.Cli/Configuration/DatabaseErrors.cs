using Npgsql;
using OrderMatch.Data.Schema;
using OrderMatch.Data.Snapshot;
using OrderMatch.Jobs.Scheduling;
using Spectre.Console;

namespace OrderMatch.Cli.Configuration;

/// <summary>Runs a database command and turns the failures a user can fix into one readable line and exit code 2.</summary>
internal static class DatabaseErrors
{
    public static async Task<int> GuardAsync(IAnsiConsole console, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return Fail(console, $"the database has no OrderMatch schema yet ({e.MessageText}): run `ordermatch db migrate` first");
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            return Fail(console, $"cannot reach PostgreSQL ({e.Message}): start it with `bash scripts/postgres.sh`, or set ORDERMATCH_ConnectionStrings__OrderMatch");
        }
        catch (PostgresException e)
        {
            return Fail(console, $"PostgreSQL refused the operation ({e.SqlState}: {e.MessageText})");
        }
        catch (Exception e) when (e is MigrationException or SnapshotException or SchedulerSettingsException or InvalidOperationException)
        {
            return Fail(console, e.Message);
        }
    }

    private static int Fail(IAnsiConsole console, string message)
    {
        console.MarkupLine($"[red]{Markup.Escape(message)}[/]");
        return ExitCodes.Unreadable;
    }
}
