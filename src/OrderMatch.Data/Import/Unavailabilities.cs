using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Import;

/// <summary>Writes trainer or base unavailability lists: rows keyed by owner and position in the list.</summary>
internal static class Unavailabilities
{
    public static async Task WriteAsync(ImportBatch batch, string table, string owner,
        IEnumerable<(string Id, IReadOnlyList<Unavailability> List)> owners)
    {
        var all = owners.ToList();
        await batch.ExecuteAsync(table, $"delete from {table} t where t.{owner} = any(@parents) and t.position >= coalesce("
            + $"(select n.count from unnest(@parents, @counts) as n(id, count) where n.id = t.{owner}), 0)", new
            {
                parents = all.Select(o => o.Id).ToArray(),
                counts = all.Select(o => o.List.Count).ToArray(),
            }).ConfigureAwait(false);
        var sql = UpsertSql.For(table, [owner, "position"], ["from_date", "to_date", "on_date", "period"]);
        var rows = all.SelectMany(o => o.List.Select((u, n) => new Dictionary<string, object?>
        {
            [owner] = o.Id,
            ["position"] = n,
            ["from_date"] = u.From,
            ["to_date"] = u.To,
            ["on_date"] = u.Date,
            ["period"] = u.Period,
        })).ToList();
        await batch.ExecuteAsync(table, sql, rows).ConfigureAwait(false);
    }
}
