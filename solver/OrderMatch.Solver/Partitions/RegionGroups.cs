namespace OrderMatch.Solver.Partitions;

/// <summary>Disjoint groups of region ids (union–find); a group is named by its smallest member.</summary>
internal sealed class RegionGroups
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

    public void Add(string region) => _parent.TryAdd(region, region);

    public void Join(string a, string b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
        {
            // The smaller id becomes the root, so the group's name does not depend on the order of joins.
            if (string.CompareOrdinal(ra, rb) < 0)
            {
                _parent[rb] = ra;
            }
            else
            {
                _parent[ra] = rb;
            }
        }
    }

    public string Find(string region)
    {
        Add(region);
        var root = region;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (_parent[region] != root)
        {
            (region, _parent[region]) = (_parent[region], root);
        }

        return root;
    }

    public int Count => _parent.Keys.Select(Find).Distinct(StringComparer.Ordinal).Count();

    public RegionGroups Clone()
    {
        var copy = new RegionGroups();
        foreach (var (region, parent) in _parent)
        {
            copy._parent[region] = parent;
        }

        return copy;
    }
}
