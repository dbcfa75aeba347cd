using Dapper;
using Npgsql;

namespace OrderMatch.Data.Import;

/// <summary>The open transaction of one import, and the tally of rows it wrote per table.</summary>
internal sealed record ImportBatch(NpgsqlConnection Connection, NpgsqlTransaction Transaction, CancellationToken CancellationToken,
    Dictionary<string, int> Written)
{
    /// <summary>Runs an upsert (or delete) for each row and adds the affected-row count to <paramref name="table"/>.</summary>
    public async Task ExecuteAsync(string table, string sql, object rows)
    {
        var affected = await Connection.ExecuteAsync(new CommandDefinition(sql, rows, Transaction,
            cancellationToken: CancellationToken)).ConfigureAwait(false);
        Written[table] = Written.GetValueOrDefault(table) + affected;
    }
}
