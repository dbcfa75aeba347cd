using Dapper;
using Npgsql;

namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>Every table of the database with its row count and a hash of its rows: equal fingerprints, equal content.</summary>
internal static class DatabaseFingerprint
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var tables = await connection.QueryAsync<string>("""
            select quote_ident(table_schema) || '.' || quote_ident(table_name)
            from information_schema.tables
            where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
            order by 1
            """);
        var fingerprint = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            fingerprint[table] = await connection.QuerySingleAsync<string>(
                $"select count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '-') from {table} t");
        }

        return fingerprint;
    }
}
