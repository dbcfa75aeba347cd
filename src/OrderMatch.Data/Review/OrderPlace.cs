namespace OrderMatch.Data.Review;

/// <summary>An order's enterprise, that enterprise's name and region.</summary>
public sealed record OrderPlace(string Enterprise, string EnterpriseName, string Region);
