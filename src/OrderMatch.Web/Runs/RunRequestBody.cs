namespace OrderMatch.Web.Runs;

/// <summary>The body of POST /api/runs; absent fields take the configured defaults.</summary>
public sealed record RunRequestBody(double? TimeLimitSeconds, int? Threads, int? Seed, int? Partitions = null);
