namespace OrderMatch.Web.Hosting;

/// <summary>The answer of GET /health.</summary>
public sealed record HealthStatus(string Status, string Role);
