namespace OrderMatch.Data.Review;

/// <summary>Trainees of an order in one class.</summary>
public sealed record ClassShare(string ClassId, int Trainees);
