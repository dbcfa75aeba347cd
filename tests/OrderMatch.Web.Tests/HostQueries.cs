using Dapper;

namespace OrderMatch.Web.Tests;

/// <summary>Reads one value from a running host's database, as text.</summary>
internal static class HostQueries
{
    public static async Task<string?> ScalarAsync(this RunningHost host, string sql, object? args = null)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync(sql, args))?.ToString();
    }
}
