using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Orders;

#pragma warning disable IDE1006, CA1707, CA1819 // named like the columns they are read from
/// <summary>A row of the orders table, as the API and the planning snapshot read it.</summary>
internal sealed class OrderRow
{
    /// <summary>The columns of <c>orders o</c>, named like this row's properties.</summary>
    public const string Columns = """
        o.id, o.enterprise, o.course, o.trainees, o.earliest_start, o.deadline, o.priority, o.splittable, o.min_chunk,
        o.max_travel_km, o.max_price_per_trainee, o.requires_subsidy, o.allowed_slots, o.status, o.submitted_at, o.updated_at
        """;

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
    public string status { get; init; } = "";
    public DateTime submitted_at { get; init; }
    public DateTime updated_at { get; init; }

    public TrainingOrder ToOrder() => new()
    {
        Id = id,
        Enterprise = enterprise,
        Course = course,
        Trainees = trainees,
        EarliestStart = earliest_start,
        Deadline = deadline,
        Priority = priority,
        Splittable = splittable,
        MinChunk = min_chunk,
        MaxTravelKm = max_travel_km,
        MaxPricePerTrainee = max_price_per_trainee,
        RequiresSubsidy = requires_subsidy,
        AllowedSlots = allowed_slots,
    };

    public OrderView ToView() => new()
    {
        Id = id,
        Enterprise = enterprise,
        Course = course,
        Trainees = trainees,
        EarliestStart = earliest_start,
        Deadline = deadline,
        Priority = priority,
        Splittable = splittable,
        MinChunk = min_chunk,
        MaxTravelKm = max_travel_km,
        MaxPricePerTrainee = max_price_per_trainee,
        RequiresSubsidy = requires_subsidy,
        AllowedSlots = allowed_slots,
        Status = status,
        SubmittedAt = new DateTimeOffset(submitted_at),
        UpdatedAt = new DateTimeOffset(updated_at),
    };
}
#pragma warning restore IDE1006, CA1707, CA1819
