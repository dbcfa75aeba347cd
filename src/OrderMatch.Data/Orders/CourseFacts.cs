namespace OrderMatch.Data.Orders;

/// <summary>The parts of a course an order is checked against.</summary>
public sealed record CourseFacts(string Id, int SessionsPerWeek, IReadOnlyList<string>? AllowedSlots);
