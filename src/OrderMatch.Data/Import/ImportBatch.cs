using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Dapper;
using Npgsql;

namespace OrderMatch.Data.Import;

/// <summary>The open transaction of one import, and the tally of rows it wrote per table.</summary>
internal sealed record ImportBatch(NpgsqlConnection Connection, NpgsqlTransaction Transaction, CancellationToken CancellationToken,
    Dictionary<string, int> Written)
{
    /// <summary>Statements sent to the server in one round trip.</summary>
    private const int RoundTrip = 500;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>
    /// Runs <paramref name="sql"/> once with <paramref name="args"/>, or once per row when it is a list of rows (pipelined,
    /// <see cref="RoundTrip"/> statements per round trip), and adds the affected-row count to <paramref name="table"/>.
    /// Parameters are named like the row's properties (or dictionary keys).
    /// </summary>
    public async Task ExecuteAsync(string table, string sql, object args)
    {
        var affected = 0;
        if (args is IEnumerable rows and not IDictionary)
        {
            foreach (var chunk in rows.Cast<object>().Chunk(RoundTrip))
            {
                await using var batch = new NpgsqlBatch(Connection, Transaction);
                foreach (var row in chunk)
                {
                    var command = new NpgsqlBatchCommand(sql);
                    foreach (var (name, value) in Values(row))
                    {
                        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
                    }

                    batch.BatchCommands.Add(command);
                }

                affected += await batch.ExecuteNonQueryAsync(CancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            affected = await Connection.ExecuteAsync(new CommandDefinition(sql, args, Transaction, cancellationToken: CancellationToken))
                .ConfigureAwait(false);
        }

        Written[table] = Written.GetValueOrDefault(table) + affected;
    }

    private static IEnumerable<(string Name, object? Value)> Values(object row) =>
        row is IDictionary<string, object?> dictionary
            ? dictionary.Select(p => (p.Key, p.Value))
            : Properties.GetOrAdd(row.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                .Select(p => (p.Name, p.GetValue(row)));
}
