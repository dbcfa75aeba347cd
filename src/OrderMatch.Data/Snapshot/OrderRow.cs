namespace OrderMatch.Data.Snapshot;

#pragma warning disable IDE1006, CA1707, CA1819 // named like the columns they are read from
internal sealed class OrderRow
{
    public string id { get; init; } = "";

    public string enterprise { get; init; } = "";

    public string course { get; init; } = "";

    public int trainees { get; init; }

    public DateOnly earliest_start { get; init; }

    public DateOnly deadline { get; init; }

    public int priority { get; init; }

    public bool splittable { get; init; }

    public int min_chunk { get; init; }

    public double? max_travel_km { get; init; }

    public double? max_price_per_trainee { get; init; }

    public bool requires_subsidy { get; init; }

    public string[]? allowed_slots { get; init; }
}
#pragma warning restore IDE1006, CA1707, CA1819
