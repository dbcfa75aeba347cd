namespace OrderMatch.Data.Pins;

#pragma warning disable IDE1006, CA1707, CA1819 // named like the columns they are read from
/// <summary>A row of pins or decision_pins with the region of its institution.</summary>
internal sealed class PinRow
{
    public string class_id { get; init; } = "";
    public long? plan_id { get; init; }
    public string course { get; init; } = "";
    public string institution { get; init; } = "";
    public string? region { get; init; }
    public string trainer { get; init; } = "";
    public string room { get; init; } = "";
    public int start_week { get; init; }
    public string[] pattern { get; init; } = [];
    public string[]? orders { get; init; }
    public string[]? keep { get; init; }
    public string pinned_by { get; init; } = "";
    public DateTime pinned_at { get; init; }
}
#pragma warning restore IDE1006, CA1707, CA1819
