namespace OrderMatch.Data.Import;

/// <summary>
/// Builds "insert … on conflict (key) do update … where the row differs" statements: the affected-row count is
/// then the number of rows inserted or changed, and unchanged rows are not rewritten. Parameters are named like the
/// columns (<c>@column</c>).
/// </summary>
internal static class UpsertSql
{
    public static string For(string table, IReadOnlyList<string> keys, IReadOnlyList<string> columns)
    {
        var all = keys.Concat(columns).ToList();
        var values = string.Join(", ", all.Select(c => "@" + c));
        var sets = string.Join(", ", columns.Select(c => $"{c} = excluded.{c}"));
        var current = string.Join(", ", columns.Select(c => $"{table}.{c}"));
        var incoming = string.Join(", ", columns.Select(c => $"excluded.{c}"));
        return $"insert into {table} ({string.Join(", ", all)}) values ({values}) "
            + $"on conflict ({string.Join(", ", keys)}) do update set {sets} "
            + $"where ({current}) is distinct from ({incoming})";
    }

    /// <summary>Deletes the children of the given parents that the imported lists no longer hold.</summary>
    public static string DeleteStale(string table, string parentColumn, string keyExpression) =>
        $"delete from {table} where {parentColumn} = any(@parents) and not (({keyExpression}) = any(@keep))";
}
