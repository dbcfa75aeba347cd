namespace OrderMatch.Web.Orders;

/// <summary>The columns an order CSV may have: the FORMAT.md §3 order field names, in any order and letter case.</summary>
public static class OrderCsvColumns
{
    public static IReadOnlyList<string> All { get; } =
    [
        "id", "enterprise", "course", "trainees", "earliestStart", "deadline", "priority", "splittable", "minChunk",
        "maxTravelKm", "maxPricePerTrainee", "requiresSubsidy", "allowedSlots",
    ];

    public static IReadOnlyList<string> Required { get; } = ["course", "trainees", "earliestStart", "deadline", "priority"];
}
