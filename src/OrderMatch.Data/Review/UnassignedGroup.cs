namespace OrderMatch.Data.Review;

/// <summary>The unassigned orders that carry one reason code (FORMAT.md spelling), with the trainees they leave unserved.</summary>
public sealed record UnassignedGroup(string Code, int Trainees, IReadOnlyList<UnassignedItem> Orders);
