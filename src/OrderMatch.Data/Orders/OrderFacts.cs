using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Orders;

/// <summary>What validating an order needs from the database: its course, its enterprise's region, and the horizon.</summary>
public sealed record OrderFacts(CourseFacts? Course, string? EnterpriseRegion, Horizon? Horizon);
