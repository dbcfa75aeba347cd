using System.Globalization;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// H8 / H9 as MIP rows: a resource (a trainer, a room) is used by at most one opened candidate class per date and period.
/// One row per resource, date and period that two or more candidates share, in a stable order.
/// </summary>
internal static class OverlapRows
{
    public static void Add(MipModel mip, IReadOnlyList<CandidateClass> candidates, IReadOnlyList<int> openColumns, string kind,
        Func<CandidateClass, string> resource)
    {
        var users = new Dictionary<(string, DateOnly, string), List<int>>();
        for (var k = 0; k < candidates.Count; k++)
        {
            foreach (var s in candidates[k].Sessions)
            {
                var key = (resource(candidates[k]), s.Date, s.Period);
                if (!users.TryGetValue(key, out var list))
                {
                    users[key] = list = [];
                }

                list.Add(openColumns[k]);
            }
        }

        foreach (var ((id, date, period), cols) in users.OrderBy(u => u.Key))
        {
            if (cols.Count > 1)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"{kind}_{id}_{date:yyyy-MM-dd}_{period}");
                mip.AddRow(MipNames.Clean(name), [.. cols], [.. cols.Select(_ => 1.0)], RowSense.LessOrEqual, 1);
            }
        }
    }
}
