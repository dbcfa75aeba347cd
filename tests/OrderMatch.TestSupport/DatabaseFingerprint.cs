using Dapper;
using Npgsql;

namespace OrderMatch.TestSupport;

/// <summary>
/// Every table with its row count and a hash of its rows — equal fingerprints, equal content. Bookkeeping that reading
/// changes (an API token's last use) is left out: a rejected request may authenticate, but must change nothing else.
/// </summary>
public static class DatabaseFingerprint
{
    private static readonly string[] Volatile = ["last_used_at"];

    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var tables = await connection.QueryAsync<string>("""
            select quote_ident(table_schema) || '.' || quote_ident(table_name)
            from information_schema.tables
            where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
            order by 1
            """);
        var drop = string.Concat(Volatile.Select(c => $" - '{c}'"));
        var fingerprint = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            fingerprint[table] = await connection.QuerySingleAsync<string>(
                $"select count(*) || ' rows, md5 ' || coalesce(md5(string_agg((to_jsonb(t){drop})::text, E'\\n' order by (to_jsonb(t){drop})::text)), '-') from {table} t");
        }

        return fingerprint;
    }

    /// <summary>The tables whose content differs.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Order(StringComparer.Ordinal)];
}
