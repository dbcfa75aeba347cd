namespace OrderMatch.Solver.Planning;

/// <summary>
/// Groups course spaces that compete for the same rooms (same room type) or trainers (same occupation) into one
/// slice, so that shared resources are divided by one model rather than taken by whichever course comes first.
/// Slices come in order of priority-weighted demand.
/// </summary>
internal static class SliceGrouping
{
    public static List<IReadOnlyList<CourseSpace>> ByCompetition(IReadOnlyList<CourseSpace> spaces)
    {
        var parent = Enumerable.Range(0, spaces.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < spaces.Count; i++)
        {
            foreach (var key in new[] { "room:" + spaces[i].Course.RoomType, "occupation:" + spaces[i].Course.Occupation })
            {
                if (byKey.TryGetValue(key, out var j))
                {
                    parent[Find(i)] = Find(j);
                }
                else
                {
                    byKey[key] = i;
                }
            }
        }

        return [.. Enumerable.Range(0, spaces.Count)
            .GroupBy(Find)
            .Select(g => (IReadOnlyList<CourseSpace>)[.. g.Select(i => spaces[i])])
            .OrderByDescending(g => g.Sum(s => s.Orders.Sum(o => (double)o.Trainees * o.Priority)))
            .ThenBy(g => g[0].Course.Id, StringComparer.Ordinal)];
    }
}
