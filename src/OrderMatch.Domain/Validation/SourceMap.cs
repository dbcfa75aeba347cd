namespace OrderMatch.Domain.Validation;

/// <summary>
/// Ties a scenario assembled from the readable parts of a document back to that document: the original array index
/// of each kept entity, the ids of entities left out because their shape was broken, and the sections that could not
/// be read at all. Semantic rules use it to report original paths and to stay quiet about references to entities that
/// exist but could not be read.
/// </summary>
internal sealed class SourceMap
{
    public const string Horizon = "horizon";
    public const string Policy = "policy";
    public const string Regions = "regions";
    public const string Courses = "courses";
    public const string Institutions = "institutions";
    public const string Trainers = "trainers";
    public const string Bases = "bases";
    public const string Enterprises = "enterprises";
    public const string Orders = "orders";
    public const string Rooms = "rooms";
    public const string Pinned = "pinned";
    public const string PreviousClasses = "previousPlan.classes";

    private readonly Dictionary<string, List<int>> _origins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _unreadableIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);

    /// <summary>A map for a scenario that was not read from a document: indices are the scenario's own, all parts readable.</summary>
    public static SourceMap Identity() => new();

    /// <summary>The path of entry <paramref name="index"/> of the assembled <paramref name="collection"/>, in the document's numbering.</summary>
    public string Item(string collection, int index) =>
        $"$.{collection}[{(_origins.TryGetValue(collection, out var origins) ? origins[index] : index)}]";

    public bool IsReadable(string section) => !_unreadable.Contains(section);

    /// <summary>True when an id may exist in the document although the assembled scenario lacks it.</summary>
    public bool MayHold(string collection, string id) =>
        _unreadable.Contains(collection) || (_unreadableIds.TryGetValue(collection, out var ids) && ids.Contains(id));

    public void Kept(string collection, int originalIndex)
    {
        if (!_origins.TryGetValue(collection, out var origins))
        {
            _origins[collection] = origins = [];
        }

        origins.Add(originalIndex);
    }

    public void LeftOut(string collection, string? id)
    {
        if (id is null)
        {
            return;
        }

        if (!_unreadableIds.TryGetValue(collection, out var ids))
        {
            _unreadableIds[collection] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(id);
    }

    public void Unreadable(string section) => _unreadable.Add(section);
}
