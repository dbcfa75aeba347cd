namespace OrderMatch.Data.Review;

/// <summary>A class kept by id whose decisions changed.</summary>
public sealed record ClassChange(string ClassId, string? Region, IReadOnlyList<DecisionChange> Changes);
