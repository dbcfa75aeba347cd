namespace OrderMatch.Data.Review;

/// <summary>An unassigned order under one reason: its trainees, enterprise, and the reason's sentence and entities.</summary>
public sealed record UnassignedItem(string Order, string? Enterprise, string? EnterpriseName, string? Region, int Trainees, string Detail,
    IReadOnlyList<string> Entities);
